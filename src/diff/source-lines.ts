import { readFileSync } from "node:fs";
import { resolve } from "node:path";

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
 * Reads lines of files under `root`, each file once. `redirect` names the root to read a file
 * from instead, for files that a run took from elsewhere (the base's waivers file when rules
 * come from the base).
 */
export function lineReader(root: string, redirect: (file: string) => string | undefined = () => undefined): LineReader {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      let lines: string[] | undefined;
      try {
        lines = readFileSync(resolve(redirect(file) ?? root, file), "utf8").split(/\r?\n/);
      } catch {
        lines = undefined;
      }
      cache.set(file, lines);
    }
    return cache.get(file)?.[line - 1];
  };
}

/** Lines of texts already in memory, for callers (and tests) that already hold the texts. */
export function textLineReader(texts: ReadonlyMap<string, string>): LineReader {
  const split = new Map([...texts].map(([file, text]) => [file, text.split(/\r?\n/)]));
  return (file, line) => split.get(file)?.[line - 1];
}
