import { readFileSync } from "node:fs";
import { join } from "node:path";
import { git } from "./git.js";
import { unquoteGitPath } from "./quoted-path.js";
import { mergeBase } from "./revision.js";

/** Lines added or modified by a change, by file (relative to the directory asked about). */
export type ChangedLines = Map<string, Set<number>>;

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Lines of the working tree (or of `head`, a commit) that were added or modified since the
 * merge base of `base` and HEAD (or `head`): where a pull request's annotations may go. Deleted
 * files have none; a renamed file keeps only its edited lines; untracked files count whole when
 * reading the working tree; binary files have no lines.
 */
export function changedLines(cwd: string, base: string, head?: string): ChangedLines {
  const from = mergeBase(cwd, base, head ?? "HEAD");
  // Prefixes and quoting are fixed here so a user's diff settings cannot change what is parsed.
  const diff = git(cwd, [
    "-c", "core.quotePath=true",
    "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "-M", "--relative",
    "--src-prefix=a/", "--dst-prefix=b/",
    from, ...(head !== undefined ? [head] : []), "--",
  ]);
  const lines = parseUnifiedZero(diff);
  if (head === undefined) {
    for (const file of git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0")) {
      if (file.length === 0) continue;
      const whole = wholeFile(join(cwd, file));
      if (whole.size > 0) lines.set(file, whole);
    }
  }
  return lines;
}

/**
 * Parses `git diff --unified=0`: the new-side range of every hunk header, under the file named
 * by the `+++` line. Hunk bodies are skipped by count, so an added line that itself starts with
 * `+++ ` or `@@` is never mistaken for a header; `\ No newline at end of file` is not counted.
 */
export function parseUnifiedZero(diff: string): ChangedLines {
  const result: ChangedLines = new Map();
  let file: string | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of diff.split("\n")) {
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith("-")) oldLeft -= 1;
      else if (line.startsWith("+")) newLeft -= 1;
      continue;
    }
    if (line.startsWith("diff --git ")) {
      file = undefined;
    } else if (line.startsWith("+++ ")) {
      file = newSideName(line.slice(4));
    } else {
      const hunk = HUNK.exec(line);
      if (!hunk) continue;
      oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
      const start = Number(hunk[2]);
      newLeft = hunk[3] === undefined ? 1 : Number(hunk[3]);
      if (file === undefined || newLeft === 0) continue;
      const set = result.get(file) ?? new Set<number>();
      for (let n = start; n < start + newLeft; n++) set.add(n);
      result.set(file, set);
    }
  }
  return result;
}

/** The file name of a `+++` line; undefined for `/dev/null` (a deletion). Git ends names holding spaces with a tab. */
function newSideName(raw: string): string | undefined {
  const name = unquoteGitPath(raw.replace(/\t$/, ""));
  if (name === "/dev/null") return undefined;
  return name.startsWith("b/") ? name.slice(2) : name;
}

/** Every line of a new file, unless it is binary or unreadable. */
function wholeFile(path: string): Set<number> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return new Set();
  }
  if (bytes.includes(0)) return new Set();
  const text = bytes.toString("utf8");
  const count = text.length === 0 ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  return new Set(Array.from({ length: count }, (_, i) => i + 1));
}
