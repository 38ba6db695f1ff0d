/** Files of one revision written out to a temporary directory. */
export interface MaterializedRevision {
    /** The commit the files come from. */
    commit: string;
    /** Temporary directory standing for the repository's top directory. */
    root: string;
    /** The directory inside `root` that stands for the `cwd` given: paths relative to it are the same as in the working tree. */
    cwd: string;
    /** Files written, relative to the repository root, forward slashes, sorted. */
    files: string[];
    /** Entries not written, with why: symlinks (they could point outside the tree) and submodules. */
    skipped: Array<{
        file: string;
        reason: string;
    }>;
    /** Removes the temporary directory; safe to call twice. */
    cleanup(): void;
}
/**
 * Writes the files of `ref` under `paths` (files or directories relative to `cwd`; default the
 * whole of `cwd`) to a new temporary directory that mirrors the repository's layout. Contents
 * are copied byte for byte through `git cat-file --batch`, one git process per 32 MiB. The
 * caller must call `cleanup()`; on failure nothing is left behind.
 */
export declare function materializeRevision(cwd: string, ref: string, paths?: readonly string[], options?: {
    batchBytes?: number;
}): MaterializedRevision;
/**
 * A path relative to a directory at `prefix` (see `repoLocation`) as a path from the
 * repository root ("" for the root), or undefined when it leads outside the repository.
 */
export declare function pathInRepository(prefix: string, path: string): string | undefined;
