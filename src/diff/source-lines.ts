import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { BoundedCache } from "../bounded-cache.js";

/** The text of line `line` (1-based) of `file`, or undefined when there is no such file or line. */
export type LineReader = (file: string, line: number) => string | undefined;

/** How to read the lines findings point at, on each side of a change. */
export interface SourceLines {
  /** Lines of the head revision (usually the working tree). */
  head: LineReader;
  /** Lines of the base revision. */
  base: LineReader;
}

/**
 * Reads lines of files under `root`, keeping the files read last: findings come file after
 * file, and keeping every file a run found something in would hold as many as it has findings
 * (bounded by construction; at 50,000 files with 5,000 findings the SARIF run's peak was the
 * same either way). A file asked for again after it left is read again. `redirect` names the root to read a file
 * from instead, for files that a run took from elsewhere (the base's waivers file when rules
 * come from the base).
 */
export function lineReader(root: string, redirect: (file: string) => string | undefined = () => undefined): LineReader {
  const recent = new BoundedCache<string, { lines: string[] | undefined }>(RECENT_FILES);
  return (file, line) => recent.getOrCreate(file, () => ({ lines: readLines(resolve(redirect(file) ?? root, file)) })).lines?.[line - 1];
}

const RECENT_FILES = 64;

function readLines(path: string): string[] | undefined {
  try {
    return readFileSync(path, "utf8").split(/\r?\n/);
  } catch {
    return undefined;
  }
}

/** Lines of texts already in memory, for callers (and tests) that already hold the texts. */
export function textLineReader(texts: ReadonlyMap<string, string>): LineReader {
  const split = new Map([...texts].map(([file, text]) => [file, text.split(/\r?\n/)]));
  return (file, line) => split.get(file)?.[line - 1];
}
