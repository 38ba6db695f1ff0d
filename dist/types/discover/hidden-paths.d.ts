/**
 * Paths a run treats as absent although they are on disk: a staged run that reads the working
 * tree in place hides what the git index does not hold (untracked files and directories,
 * submodule checkouts), so that it sees exactly the tree a commit records.
 */
export type HiddenPaths = (absolutePath: string) => boolean;
/**
 * Hides `entries` (paths relative to `top`, forward slashes; a trailing slash for a directory)
 * and everything below them. Asked of normalised absolute paths, as discovery makes them.
 */
export declare function hiddenBelow(top: string, entries: readonly string[]): HiddenPaths;
