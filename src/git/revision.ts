import { NorecurError } from "../errors.js";
import { topAndPrefix, tryGit } from "./git.js";

/** Where a directory sits in its repository. */
export interface RepoLocation {
  /** Absolute path of the working tree's top directory. */
  root: string;
  /** The directory's path from the root, with a trailing slash, or "" at the root. */
  prefix: string;
}

/** The repository holding `cwd`; a usage error outside one, since diff-aware runs need history. */
export function repoLocation(cwd: string): RepoLocation {
  // One git for both: inside a .git directory or outside any repository, rev-parse fails.
  const location = topAndPrefix(cwd);
  if (!location) {
    throw new NorecurError("usage", `${cwd} is not inside a git working tree (or git is not installed); --base needs the repository's history`);
  }
  return { root: location.top, prefix: location.prefix };
}

/** The commit a ref names. An unknown ref is a usage error: a typo must not turn the comparison off. */
export function resolveCommit(cwd: string, ref: string, label = `--base ${ref}`): string {
  const hash = tryGit(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])?.trim();
  if (!hash) throw new NorecurError("usage", `${label}: not a revision of this repository`);
  return hash;
}

/**
 * The commit a pull request forked from: what its changes are measured against. Without one
 * (unrelated histories, or a shallow clone that stops before it) nothing can be compared, and
 * the message says how to fix the usual cause.
 */
export function mergeBase(cwd: string, base: string, head = "HEAD"): string {
  const baseCommit = resolveCommit(cwd, base);
  const headCommit = resolveCommit(cwd, head, `${head} (compared with --base ${base})`);
  const found = tryGit(cwd, ["merge-base", baseCommit, headCommit])?.trim();
  if (!found) {
    const shallow = tryGit(cwd, ["rev-parse", "--is-shallow-repository"])?.trim() === "true";
    throw new NorecurError(
      "usage",
      `--base ${base}: no common ancestor with ${head}${shallow ? " (this is a shallow clone: fetch more history, e.g. actions/checkout with fetch-depth: 0)" : " (unrelated histories)"}`,
    );
  }
  return found;
}
