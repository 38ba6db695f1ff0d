/** The staged content of a repository, written out, and what a commit would change. */
export interface StagedTree {
    /** The written index: stands for the working tree's top directory. */
    root: string;
    /** The directory matching the caller's cwd inside the written index. */
    cwd: string;
    /** Files the commit adds, copies, modifies or renames, relative to the caller's cwd (forward slashes). */
    changed: string[];
    /** Removes the written tree. */
    cleanup(): void;
}
/**
 * Writes every file of the git index (what `git commit` would record, not the working tree with
 * its unstaged edits) to a temporary directory with `git checkout-index`, and lists the staged
 * changes. A pre-commit hook checks this tree, so it judges exactly what is being committed.
 * @throws NorecurError (usage) outside a git working tree.
 */
export declare function stagedTree(cwd: string): StagedTree;
