import { posix } from "node:path";
import { git } from "./git.js";

/** A file a change touched, relative to the directory git ran in. */
export interface ChangedFile {
  /** added, modified, deleted, or renamed (then `from` is the old name; copies count as added). */
  change: "added" | "modified" | "deleted" | "renamed";
  /** The file's name after the change (its old name when deleted). */
  file: string;
  /** The name before a rename. */
  from?: string;
}

/**
 * Files changed between `from` and `to` (a commit), or the working tree when `to` is absent,
 * in which case untracked files that are not ignored count as added: a local run sees what
 * would be committed. Renames are detected so a moved file is not a deletion plus an addition.
 * Paths are relative to `cwd`; limited to it unless `scope` is `repository` (then files
 * elsewhere come as `../` paths).
 */
export function changedFiles(cwd: string, from: string, to?: string, scope: "cwd" | "repository" = "cwd"): ChangedFile[] {
  const everywhere = scope === "repository";
  // Colour, relativity and rename detection are fixed here so a user's diff settings cannot change what is parsed.
  const args = ["diff", "--name-status", "-z", "-M", "--no-color", "--no-ext-diff", everywhere ? "--no-relative" : "--relative"];
  const out = git(cwd, [...args, from, ...(to !== undefined ? [to] : []), "--"]);
  const changes = parseNameStatus(out);
  if (to === undefined) {
    const untracked = git(cwd, ["ls-files", "--others", "--exclude-standard", "-z", ...(everywhere ? ["--full-name", "--", ":/"] : [])]);
    for (const file of untracked.split("\0")) if (file.length > 0) changes.push({ change: "added", file });
  }
  // Without --relative git names files from the repository root; callers get them from cwd.
  const prefix = everywhere ? git(cwd, ["rev-parse", "--show-prefix"]).trim() : "";
  const fromCwd = (file: string): string => (prefix === "" ? file : posix.relative(prefix, file));
  return changes
    .map((c) => ({ ...c, file: fromCwd(c.file), ...(c.from !== undefined ? { from: fromCwd(c.from) } : {}) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Parses `--name-status -z`: a status, then one name (two for renames and copies), NUL-separated. */
export function parseNameStatus(out: string): ChangedFile[] {
  const fields = out.split("\0");
  const changes: ChangedFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i] ?? "";
    if (status.length === 0) {
      i += 1;
      continue;
    }
    const letter = status[0];
    if (letter === "R" || letter === "C") {
      const before = fields[i + 1] ?? "";
      const after = fields[i + 2] ?? "";
      changes.push(letter === "R" ? { change: "renamed", file: after, from: before } : { change: "added", file: after });
      i += 3;
      continue;
    }
    const file = fields[i + 1] ?? "";
    // T (type change), U (unmerged) and X are edits of an existing path.
    changes.push({ change: letter === "A" ? "added" : letter === "D" ? "deleted" : "modified", file });
    i += 2;
  }
  return changes;
}
