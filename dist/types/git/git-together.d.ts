import { type GitAnswer } from "./git.js";
/**
 * Runs several gits at once through one POSIX shell, and answers each as `gitAsync` would: this
 * process starts one child instead of one per git (see staged-queries.ts for why that matters).
 * Git `i` writes its output to the pipe at descriptor 3 + i; the shell waits for each and prints
 * their exit statuses on its standard output; their error messages share its standard error. The
 * command lines are norecur's own (nothing scanned or typed reaches them), quoted for the shell
 * all the same. Where there is no POSIX shell (Windows), or it cannot start, each git is started
 * on its own.
 */
export declare function gitTogether<const T extends ReadonlyArray<readonly string[]>>(cwd: string, commands: T): {
    [K in keyof T]: Promise<GitAnswer>;
};
