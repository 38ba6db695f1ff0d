import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NorecurError } from "../errors.js";
import { git, topAndPrefix } from "./git.js";

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
export function stagedTree(cwd: string): StagedTree {
  // One git for both: top and prefix (each git is a couple of milliseconds of a pre-commit run).
  const location = topAndPrefix(cwd);
  if (!location) throw new NorecurError("usage", `--staged: ${cwd} is not inside a git working tree`);
  const { top, prefix } = location;
  const root = mkdtempSync(join(tmpdir(), "norecur-staged-"));
  try {
    // The trailing slash makes --prefix a directory; -a writes every index entry, -f over nothing.
    git(top, ["checkout-index", "--all", "--force", `--prefix=${root}/`]);
    const changed = git(cwd, ["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--relative"])
      .split("\0")
      .filter((path) => path.length > 0);
    return { root, cwd: join(root, prefix), changed, cleanup: () => rmSync(root, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
