/** Errors that mean the reader of a stream has gone away (`norecur check | head`, a closed CI log). */
const CLOSED = new Set(["EPIPE", "EIO", "ECONNRESET", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END"]);

/**
 * A writer for stdout or stderr that stops writing once the stream is closed instead of
 * crashing: the run's verdict, and so its exit code, do not depend on whether anyone still
 * reads the report.
 */
export function streamWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (CLOSED.has(error.code ?? "")) closed = true;
    else throw error;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (error) {
      if (CLOSED.has((error as NodeJS.ErrnoException).code ?? "")) closed = true;
      else throw error;
    }
  };
}
