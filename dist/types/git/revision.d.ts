/** Where a directory sits in its repository. */
export interface RepoLocation {
    /** Absolute path of the working tree's top directory. */
    root: string;
    /** The directory's path from the root, with a trailing slash, or "" at the root. */
    prefix: string;
}
/** The repository holding `cwd`; a usage error outside one, since diff-aware runs need history. */
export declare function repoLocation(cwd: string): RepoLocation;
/** The commit a ref names. An unknown ref is a usage error: a typo must not turn the comparison off. */
export declare function resolveCommit(cwd: string, ref: string, label?: string): string;
/**
 * The commit a pull request forked from: what its changes are measured against. Without one
 * (unrelated histories, or a shallow clone that stops before it) nothing can be compared, and
 * the message says how to fix the usual cause.
 */
export declare function mergeBase(cwd: string, base: string, head?: string): string;
