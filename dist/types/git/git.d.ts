/**
 * Runs git with an argument array (no shell, so paths and refs are never interpreted) and
 * returns its standard output as text. Throws when git fails or is missing.
 */
export declare function git(cwd: string, args: readonly string[], input?: string): string;
/** Like `git`, but the output as bytes: file contents may be binary. `expected` raises the output limit for large reads. */
export declare function gitBytes(cwd: string, args: readonly string[], input?: string, expected?: number): Buffer;
/** `git` that answers undefined instead of throwing, for questions whose "no" is a failure exit. */
export declare function tryGit(cwd: string, args: readonly string[]): string | undefined;
/**
 * The working tree's top directory and cwd's path below it (with a trailing slash, or ""), from
 * one `git rev-parse`; undefined outside a working tree (or without git).
 */
export declare function topAndPrefix(cwd: string): {
    top: string;
    prefix: string;
} | undefined;
