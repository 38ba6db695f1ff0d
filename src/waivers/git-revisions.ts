import { basename, dirname } from "node:path";
import { NorecurError } from "../errors.js";
import { tryGit } from "../git/git.js";

/** A file's text at past revisions, read with git (no shell: arguments go straight to execFile). */
export interface FileHistory {
  /** The text at the base revision; undefined when the file did not exist there. */
  atBase: string | undefined;
  /** Texts of the commits up to the base that touched the file, oldest first (the base's own text last when it exists). */
  versions: string[];
  /** Whether the clone is shallow, so older versions may be missing. */
  shallow: boolean;
}

/** Why history could not be read at all (not a git repository, git missing). */
export interface HistoryUnavailable {
  unavailable: string;
}

/**
 * Reads `file` at `ref` and at every earlier commit that changed it. An unknown `ref` is a usage
 * error (a typo must not turn the check off); outside a git repository the caller is told why,
 * so it can report that extensions were not checked rather than pretend none happened.
 */
export function readFileHistory(file: string, ref: string): FileHistory | HistoryUnavailable {
  const dir = dirname(file);
  const spec = `./${basename(file)}`;
  if (tryGit(dir, ["rev-parse", "--is-inside-work-tree"])?.trim() !== "true") {
    return { unavailable: "not a git repository (or git is not installed)" };
  }
  if (tryGit(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]) === undefined) {
    throw new NorecurError("usage", `--base ${ref}: not a revision of this repository`);
  }
  const atBase = tryGit(dir, ["show", `${ref}:${spec}`]);
  const hashes = (tryGit(dir, ["log", "--format=%H", ref, "--", spec]) ?? "").split("\n").filter((h) => h.length > 0).reverse();
  const versions = hashes.map((hash) => tryGit(dir, ["show", `${hash}:${spec}`])).filter((text): text is string => text !== undefined);
  const shallow = tryGit(dir, ["rev-parse", "--is-shallow-repository"])?.trim() === "true";
  return { atBase, versions, shallow };
}
