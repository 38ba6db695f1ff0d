import { TOP_AND_PREFIX, type GitAnswer } from "./git.js";
import { gitTogether } from "./git-together.js";

/**
 * The three questions a staged run asks git, asked at once from the caller's directory: where
 * the working tree is, what the index holds and how the working tree differs from it, and what
 * the commit changes. None depends on another's answer, so the three processes run together.
 */
export interface StagedQueries {
  /** The directory they were asked from. */
  cwd: string;
  /** `git rev-parse --show-toplevel --show-prefix`. */
  location: Promise<GitAnswer>;
  /** The index and the working tree against it, paths from the top (see `untrackedIfInPlace`). */
  listing: Promise<GitAnswer>;
  /** The paths the commit adds, copies, modifies or renames, from cwd. */
  changed: Promise<GitAnswer>;
}

/**
 * `--full-name -- :/` lists the whole index with paths from the top from any subdirectory, as the
 * same listing run at the top does, so it need not wait for rev-parse to name the top.
 * `--no-optional-locks`: nothing may write the index, which under `git commit` is the commit's
 * own locked index.
 */
export const LISTING: readonly string[] = ["--no-optional-locks", "ls-files", "-v", "-s", "-c", "-o", "-m", "-d", "--directory", "-z", "--full-name", "--", ":/"];

/** `--relative`: paths from cwd, and only those below it. */
export const CHANGED: readonly string[] = ["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--relative"];

/**
 * Starts the three git processes; their answers come as they finish. Starting a process blocks
 * this one until the child has replaced itself with git (libuv forks, then waits for the exec):
 * 5 to 10 ms each on the bench machine, more than git itself takes. So one shell is started,
 * and it starts the three gits, each writing to a pipe of its own (git-together.ts).
 */
export function askStaged(cwd: string): StagedQueries {
  const [location, listing, changed] = gitTogether(cwd, [TOP_AND_PREFIX, LISTING, CHANGED]);
  return { cwd, location, listing, changed };
}

/**
 * Where the command line leaves the questions it asked before the program loaded: the loader
 * (src/cli.ts) and the program are separate bundles sharing only the global object.
 */
const EARLY = Symbol.for("norecur.staged-queries");

/**
 * Asked by the command-line loader when its arguments ask for `--staged`, before it loads the
 * program: git then answers on another core while this one compiles (a 5-file pre-commit run
 * took 0.95x as long; docs/performance.md). Unused questions cost three short read-only processes.
 */
export function askStagedEarly(cwd: string): void {
  (globalThis as Record<symbol, unknown>)[EARLY] = askStaged(cwd);
}

/** The questions asked early from `cwd`, taken once, or new ones. */
export function stagedQueries(cwd: string): StagedQueries {
  const global = globalThis as Record<symbol, unknown>;
  const early = global[EARLY] as StagedQueries | undefined;
  delete global[EARLY];
  return early !== undefined && early.cwd === cwd ? early : askStaged(cwd);
}
