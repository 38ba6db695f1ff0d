import { globMatcher } from "../glob.js";
import { detectionOrder, formats } from "./file-formats.js";
import { formatPatternMatcher } from "./format-patterns.js";
import { stripBom } from "../formats/positions.js";

/** A config entry forcing a format for some paths. */
export interface FormatOverride {
  /** Globs relative to the scan root. */
  paths: string[];
  /** Format id. */
  format: string;
}

const matchers = new Map<string, (path: string) => boolean>();

/** The same lists come back for every file (the table's constants, the config's overrides): found by identity first. */
const byList = new WeakMap<readonly string[], (path: string) => boolean>();

function matcherFor(patterns: readonly string[], compile: (patterns: readonly string[]) => (path: string) => boolean = globMatcher): (path: string) => boolean {
  const known = byList.get(patterns);
  if (known !== undefined) return known;
  const key = patterns.join("\u0000");
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = compile(patterns);
    matchers.set(key, matcher);
  }
  byList.set(patterns, matcher);
  return matcher;
}

/** The built-in table's globs: constants of this source, matched natively (format-patterns.ts). */
const builtinMatcherFor = (patterns: readonly string[]): ((path: string) => boolean) => matcherFor(patterns, formatPatternMatcher);

/**
 * The format of a file: config overrides first, then the built-in detection order. `read`
 * is only called when a content sniff is needed, so most files are never opened here.
 */
export function detectFormat(path: string, read: () => string, overrides: readonly FormatOverride[]): string | undefined {
  for (const override of overrides) {
    if (matcherFor(override.paths)(path)) return override.format;
  }
  for (const id of detectionOrder) {
    const format = formats[id];
    if (!format) continue;
    if (builtinMatcherFor(format.paths)(path)) return id;
    // A sniff reads the text as a parser does: without a byte order mark (some Windows editors write one).
    if (format.sniffedPaths && format.sniff && builtinMatcherFor(format.sniffedPaths)(path) && format.sniff(stripBom(read()))) return id;
  }
  return undefined;
}
