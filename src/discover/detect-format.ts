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
 * What a file's path alone says of its format: a format (config overrides first, then the
 * built-in detection order), none, or that its text must be sniffed from `from` in the
 * detection order on ({@link detectFormat} goes on from there).
 */
export type FormatByPath = { format: string | undefined } | { sniffFrom: number };

/** See {@link FormatByPath}. The answers of the built-in order are shared: one is kept for every file listed. */
export function formatByPath(path: string, overrides: readonly FormatOverride[]): FormatByPath {
  for (const override of overrides) {
    if (matcherFor(override.paths)(path)) return { format: override.format };
  }
  for (let i = 0; i < detectionOrder.length; i++) {
    const format = formats[detectionOrder[i] as string];
    if (!format) continue;
    if (builtinMatcherFor(format.paths)(path)) return BY_PATH[i]?.format as FormatByPath;
    if (format.sniffedPaths && format.sniff && builtinMatcherFor(format.sniffedPaths)(path)) return BY_PATH[i]?.sniff as FormatByPath;
  }
  return NO_FORMAT;
}

const BY_PATH = detectionOrder.map((format, i) => ({ format: Object.freeze({ format }), sniff: Object.freeze({ sniffFrom: i }) }));
const NO_FORMAT: FormatByPath = Object.freeze({ format: undefined });

/**
 * The format of a file: config overrides first, then the built-in detection order. `read`
 * is only called when a content sniff is needed, so most files are never opened here. `byPath`,
 * what {@link formatByPath} said of the same path, saves looking at the path again.
 */
export function detectFormat(path: string, read: () => string, overrides: readonly FormatOverride[], byPath: FormatByPath = formatByPath(path, overrides)): string | undefined {
  if ("format" in byPath) return byPath.format;
  for (let i = byPath.sniffFrom; i < detectionOrder.length; i++) {
    const id = detectionOrder[i] as string;
    const format = formats[id];
    if (!format) continue;
    // At `sniffFrom` the path is known not to match the format's own paths.
    if (i > byPath.sniffFrom && builtinMatcherFor(format.paths)(path)) return id;
    // A sniff reads the text as a parser does: without a byte order mark (some Windows editors write one).
    if (format.sniffedPaths && format.sniff && builtinMatcherFor(format.sniffedPaths)(path) && format.sniff(stripBom(read()))) return id;
  }
  return undefined;
}
