/** A file's text at past revisions, read with git (no shell: arguments go straight to execFile). */
export interface FileHistory {
    /** The text at the base revision; undefined when the file did not exist there. */
    atBase: string | undefined;
    /** Texts of the commits up to the base that touched the file, oldest first (the base's own text last when it exists). */
    versions: string[];
    /** Whether the clone is shallow, so older versions may be missing. */
    shallow: boolean;
}
/** Why history could not be read at all (not a git repository, git missing). */
export interface HistoryUnavailable {
    unavailable: string;
}
/**
 * Reads `file` at `ref` and at every earlier commit that changed it. An unknown `ref` is a usage
 * error (a typo must not turn the check off); outside a git repository the caller is told why,
 * so it can report that extensions were not checked rather than pretend none happened.
 */
export declare function readFileHistory(file: string, ref: string): FileHistory | HistoryUnavailable;
