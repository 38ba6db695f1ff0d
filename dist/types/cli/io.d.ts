/** Where a command writes, injectable so commands are tested without a process. */
export interface Io {
    /** Standard output. */
    out(text: string): void;
    /** Standard error. */
    err(text: string): void;
    /** Whether stdout is a terminal (colour only then). */
    isTTY: boolean;
    /** Environment, for NO_COLOR. */
    env: Readonly<Record<string, string | undefined>>;
    /** Working directory. */
    cwd: string;
}
