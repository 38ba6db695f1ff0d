import { type HiddenPaths } from "../discover/hidden-paths.js";
/** The staged content of a repository, where a run reads it, and what a commit would change. */
export interface StagedTree {
    /**
     * `worktree`: every file of the index is in the working tree as staged, so the run reads the
     * working tree in place, with `hidden` hiding what the index does not hold. `written`: the
     * index was written to a temporary directory.
     */
    mode: "worktree" | "written";
    /** The directory that stands for the working tree's top directory. */
    root: string;
    /** The directory matching the caller's cwd inside `root`. */
    cwd: string;
    /** What the index does not hold, in `worktree` mode. */
    hidden?: HiddenPaths;
    /** Files the commit adds, copies, modifies or renames, relative to the caller's cwd (forward slashes). */
    changed: string[];
    /** Removes what was written, if anything. */
    cleanup(): void;
}
/**
 * The content of the git index (what `git commit` would record, not the working tree with its
 * unstaged edits), and the staged changes. A pre-commit hook checks it, so it judges exactly
 * what is being committed.
 *
 * Writing the index out costs a file per file of the repository: 1.8 s for 10,000 files on a
 * shared machine's disk, longer than checking them, and every binary is copied on every commit.
 * Usually nothing needs writing: when no working-tree file differs from its staged content
 * (`git ls-files -m -d` lists none) and no entry is marked assume-unchanged or skip-worktree or
 * is unmerged, the working tree holds the index, plus what git does not track. The run then
 * reads it in place and hides the untracked and ignored files and directories (`git ls-files
 * --others --directory`) and submodule checkouts. Otherwise the index is written out with
 * `git checkout-index`. `write` forces that (the tests compare the two). Read in place, a file
 * saved while the run reads it is read as saved, as in a plain `check`.
 * @throws NorecurError (usage) outside a git working tree.
 */
export declare function stagedTree(cwd: string, options?: {
    write?: boolean;
}): Promise<StagedTree>;
