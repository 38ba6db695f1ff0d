import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hiddenBelow, type HiddenPaths } from "../discover/hidden-paths.js";
import { NorecurError } from "../errors.js";
import { git, topAndPrefixFrom, type GitAnswer } from "./git.js";
import { stagedQueries } from "./staged-queries.js";

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
export async function stagedTree(cwd: string, options: { write?: boolean } = {}): Promise<StagedTree> {
  // Asked at once, or earlier still by the command line (staged-queries.ts); each git is several
  // milliseconds of a pre-commit run.
  const queries = stagedQueries(cwd);
  const location = topAndPrefixFrom(answered(await queries.location, false));
  if (!location) throw new NorecurError("usage", `--staged: ${cwd} is not inside a git working tree`);
  const { top, prefix } = location;
  const changed = split(answered(await queries.changed, true) ?? "");
  const inPlace = options.write === true ? undefined : untrackedIfInPlace(answered(await queries.listing, true) ?? "");
  if (inPlace !== undefined) {
    return { mode: "worktree", root: top, cwd: join(top, prefix), hidden: hiddenBelow(top, inPlace), changed, cleanup: () => undefined };
  }
  const root = mkdtempSync(join(tmpdir(), "norecur-staged-"));
  try {
    // The trailing slash makes --prefix a directory; -a writes every index entry, -f over nothing.
    git(top, ["checkout-index", "--all", "--force", `--prefix=${root}/`]);
    return { mode: "written", root, cwd: join(root, prefix), changed, cleanup: () => rmSync(root, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** An answer's output; a failure throws when `required`, else is undefined (`tryGit`). */
function answered(answer: GitAnswer, required: boolean): string | undefined {
  if (answer.ok) return answer.out;
  if (required) throw answer.error;
  return undefined;
}

/**
 * What the index does not hold (untracked and ignored files and directories, submodules),
 * relative to the top, when the working tree otherwise holds exactly the index; else undefined.
 * `listing` is the output of staged-queries.ts' LISTING, which answers it all: the index (-c,
 * with modes and stages from -s and flags from -v), what differs from it in the working tree
 * (-m, -d), and what it does not hold (-o, without --exclude-standard: ignored files are not in
 * the index either; --directory lists a directory that holds no tracked file once, not every
 * file below it). `ls-files -m` compares content where only the stat changed (a touched file, or
 * a stat git smudged because the file was written in the second the index was), unlike
 * `diff-files`.
 */
function untrackedIfInPlace(listing: string): string[] | undefined {
  const absent: string[] = [];
  for (const entry of split(listing)) {
    if (entry.startsWith("? ")) {
      absent.push(entry.slice(2));
      continue;
    }
    // "<tag> <mode> <object> <stage>\t<path>". H: a plain cached entry. C (modified) and R
    // (deleted): the working tree does not hold the staged content. Lower case (assume-unchanged)
    // and S (skip-worktree): git does not vouch for the working-tree file.
    const tab = entry.indexOf("\t");
    const [tag, mode, , stage] = entry.slice(0, tab).split(" ");
    if (tab < 0 || tag !== "H" || stage !== "0") return undefined;
    // A submodule's checkout is another repository: `checkout-index` writes nothing of it.
    if (mode === "160000") absent.push(entry.slice(tab + 1));
  }
  return absent;
}

function split(out: string): string[] {
  return out.split("\0").filter((path) => path.length > 0);
}
