export declare const childProcess: () => typeof import("node:child_process");
/** Enough for large diffs and trees; git's output is read whole. */
export declare const MAX_BUFFER: number;
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
/** The `git rev-parse` that {@link topAndPrefix} runs. */
export declare const TOP_AND_PREFIX: readonly string[];
/** {@link topAndPrefix} from the output of {@link TOP_AND_PREFIX}, undefined for none (git failed). */
export declare function topAndPrefixFrom(out: string | undefined): {
    top: string;
    prefix: string;
} | undefined;
/** What an asynchronous git answered: its output, or the error `git` would have thrown. */
export type GitAnswer = {
    ok: true;
    out: string;
} | {
    ok: false;
    error: Error;
};
/**
 * `git` without blocking: the process runs while this one goes on. The promise never rejects (a
 * failure is an answer), so a question nobody ends up asking for is no unhandled rejection.
 */
export declare function gitAsync(cwd: string, args: readonly string[]): Promise<GitAnswer>;
