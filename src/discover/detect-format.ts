import { globMatcher } from "../glob.js";
import { detectionOrder, formats } from "./file-formats.js";
import { endKey, formatPatternMatcher, lastSegment, type PathMatcher } from "./format-patterns.js";
import { stripBom } from "../formats/positions.js";
import type { Format } from "../types.js";

/** A config entry forcing a format for some paths. */
export interface FormatOverride {
  /** Globs relative to the scan root. */
  paths: string[];
  /** Format id. */
  format: string;
}

const matchers = new Map<string, (path: string) => boolean>();

/** The same lists come back for every file (the config's overrides): found by identity first. */
const byList = new WeakMap<readonly string[], (path: string) => boolean>();

/** A config override's matcher, compiled once per list of globs. */
function matcherFor(patterns: readonly string[]): (path: string) => boolean {
  const known = byList.get(patterns);
  if (known !== undefined) return known;
  const key = patterns.join("\u0000");
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = globMatcher(patterns);
    matchers.set(key, matcher);
  }
  byList.set(patterns, matcher);
  return matcher;
}

/** One built-in format's matchers: its own paths, and those it is sniffed on. */
interface BuiltinMatchers {
  paths: PathMatcher;
  sniffed: PathMatcher | undefined;
}

/**
 * The built-in table's matchers in detection order, and one for every glob of the table: its
 * globs are constants of this source, matched natively (format-patterns.ts) and compiled once.
 * Most files of a repository (sources, pages) match no glob at all, and the one test says so
 * where asking each format in turn took about 10 µs a file (istio: 66 ms of 6,600 files).
 */
let builtin: { order: readonly (BuiltinMatchers | undefined)[]; any: PathMatcher } | undefined;

function builtinMatchers(): { order: readonly (BuiltinMatchers | undefined)[]; any: PathMatcher } {
  if (builtin !== undefined) return builtin;
  const order = detectionOrder.map((id) => {
    const format = formats[id];
    if (!format) return undefined;
    return { paths: formatPatternMatcher(format.paths), sniffed: format.sniffedPaths && format.sniff ? formatPatternMatcher(format.sniffedPaths) : undefined };
  });
  const every = detectionOrder.flatMap((id) => [...(formats[id]?.paths ?? []), ...(formats[id]?.sniffedPaths ?? [])]);
  builtin = { order, any: formatPatternMatcher(every) };
  return builtin;
}

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
  const { order, any } = builtinMatchers();
  // The last segment and its end, once for every matcher asked.
  const last = lastSegment(path);
  const key = endKey(last);
  if (!any(path, last, key)) return NO_FORMAT;
  for (let i = 0; i < order.length; i++) {
    const format = order[i];
    if (format === undefined) continue;
    if (format.paths(path, last, key)) return BY_PATH[i]?.format as FormatByPath;
    if (format.sniffed?.(path, last, key) === true) return BY_PATH[i]?.sniff as FormatByPath;
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
export function detectFormat(path: string, read: (prefixBytes?: number) => string, overrides: readonly FormatOverride[], byPath: FormatByPath = formatByPath(path, overrides)): string | undefined {
  if ("format" in byPath) return byPath.format;
  const { order } = builtinMatchers();
  for (let i = byPath.sniffFrom; i < detectionOrder.length; i++) {
    const id = detectionOrder[i] as string;
    const format = formats[id];
    const matchers = order[i];
    if (!format || matchers === undefined) continue;
    // At `sniffFrom` the path is known not to match the format's own paths.
    if (i > byPath.sniffFrom && matchers.paths(path)) return id;
    // A sniff reads the text as a parser does: without a byte order mark (some Windows editors write one).
    if (format.sniff && matchers.sniffed?.(path) === true && sniffs(format, read)) return id;
  }
  return undefined;
}

/** Whether a format's sniff takes the text `read` gives, asked of the text's start first when the format allows it. */
function sniffs(format: Format, read: (prefixBytes?: number) => string): boolean {
  const sniff = format.sniff;
  if (sniff === undefined) return false;
  if (format.sniffPrefix !== undefined && sniff(stripBom(read(format.sniffPrefix)))) return true;
  return sniff(stripBom(read()));
}
