/**
 * A writer for stdout or stderr that stops writing once the stream is closed instead of
 * crashing: the run's verdict, and so its exit code, do not depend on whether anyone still
 * reads the report.
 */
export declare function streamWriter(stream: NodeJS.WriteStream): (text: string) => void;
