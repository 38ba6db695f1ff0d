import { posix } from "node:path";
import { compileGlob, type GlobMatcher } from "../../engine/functions/support/glob-matcher.js";
import type { Document } from "../../types.js";
import { byCodeUnits } from "../../compare.js";

/** The products whose configuration files include others, with the directory their includes are written against. */
export const INCLUDE_PRODUCTS = {
  nginx: { main: "nginx.conf", prefix: "/etc/nginx" },
  squid: { main: "squid.conf", prefix: "/etc/squid" },
} as const;

export type IncludeProduct = keyof typeof INCLUDE_PRODUCTS;

/** The scanned documents an include pattern names, seen from `fromFile`, sorted by path as glob(3) sorts. */
export type Lookup = (pattern: string, fromFile: string) => readonly Document[];

/**
 * Resolves include patterns against the scanned tree. A repository keeps a server's
 * configuration somewhere below its root (`deploy/etc/nginx/nginx.conf`), so a pattern is
 * tried where that copy would hold it:
 *
 * - under the product's prefix (`/etc/nginx/conf.d/*.conf`): below the directory of the main
 *   file (`nginx.conf`, `squid.conf`) that governs the including file;
 * - any other absolute path (`/etc/letsencrypt/options-ssl-nginx.conf`): below the directory
 *   that mirrors `/` for that copy (the one above `etc/nginx`), and below the scan root;
 * - a relative path: against the main file's directory (nginx's prefix; Squid's working
 *   directory) and against the including file's own directory.
 *
 * Paths that climb out of the scan root with `..` find nothing. Glob patterns go through the
 * linear-time glob engine, since they come from scanned files; one it refuses finds nothing.
 */
export function createLookup(product: IncludeProduct, documents: readonly Document[]): Lookup {
  const { main, prefix } = INCLUDE_PRODUCTS[product];
  const sorted = [...documents].sort((a, b) => byCodeUnits(a.file, b.file));
  const mainDirs = sorted.filter((d) => posix.basename(d.file) === main).map((d) => posix.dirname(d.file));
  // Thousands of site files including the same snippet ask the same question: each distinct
  // set of candidate globs is matched against the tree once, and a literal path is a map lookup.
  const byFile = new Map(sorted.map((d) => [d.file, d]));
  const answers = new Map<string, Document[]>();
  const matching = (patterns: readonly string[]): Document[] => {
    const key = JSON.stringify(patterns);
    let found = answers.get(key);
    if (found === undefined) {
      found = matchAll(sorted, byFile, patterns);
      answers.set(key, found);
    }
    return found;
  };
  return (pattern, fromFile) => {
    const confDir = governingDir(posix.dirname(fromFile), mainDirs);
    const found = matching(candidates(pattern, fromFile, confDir, prefix));
    if (found.length > 0) return found;
    // Repositories often keep only part of the server's tree (sites and snippets, no main
    // file): a pattern under the prefix, or a relative one, is then found by its tail anywhere.
    const tail = pattern.startsWith(`${prefix}/`) ? pattern.slice(prefix.length + 1) : pattern.startsWith("/") ? "" : pattern;
    return tail === "" ? [] : matching([`{,**/}${tail}`]);
  };
}

const GLOB_CHARS = /[*?[\]{}\\!]/;

function matchAll(sorted: readonly Document[], byFile: ReadonlyMap<string, Document>, patterns: readonly string[]): Document[] {
  if (!patterns.some((p) => GLOB_CHARS.test(p))) {
    const found = new Set(patterns.flatMap((p) => byFile.get(p) ?? []));
    return sorted.filter((document) => found.has(document));
  }
  const matchers = patterns.flatMap((candidate) => matcherFor(candidate));
  return matchers.length === 0 ? [] : sorted.filter((document) => matchers.some((matcher) => matcher.test(document.file)));
}

/** Where `pattern` could sit in the scanned tree, as scan-relative globs. */
export function candidates(pattern: string, fromFile: string, confDir: string, prefix: string): string[] {
  const found = new Set<string>();
  const add = (base: string, rest: string): void => {
    const joined = posix.normalize(posix.join(base, rest));
    if (joined !== ".." && !joined.startsWith("../") && !posix.isAbsolute(joined) && joined !== ".") found.add(joined);
  };
  if (pattern.startsWith("/")) {
    if (pattern === prefix || pattern.startsWith(`${prefix}/`)) add(confDir, pattern.slice(prefix.length + 1));
    const mirror = mirroredRoot(confDir, prefix);
    if (mirror !== undefined) add(mirror, pattern.slice(1));
    add(".", pattern.slice(1));
  } else {
    add(confDir, pattern);
    add(posix.dirname(fromFile), pattern);
  }
  return [...found];
}

/** The directory of the nearest main file at or above `dir`; `dir` itself when there is none. */
function governingDir(dir: string, mainDirs: readonly string[]): string {
  let best: string | undefined;
  for (const candidate of mainDirs) {
    const covers = candidate === "." || dir === candidate || dir.startsWith(`${candidate}/`);
    if (covers && (best === undefined || candidate.length > best.length)) best = candidate;
  }
  return best ?? dir;
}

/** For a copy kept at `x/etc/nginx`, the directory `x` that stands for `/`. */
function mirroredRoot(confDir: string, prefix: string): string | undefined {
  const tail = prefix.slice(1);
  if (confDir === tail) return ".";
  return confDir.endsWith(`/${tail}`) ? confDir.slice(0, -tail.length - 1) : undefined;
}

function matcherFor(pattern: string): GlobMatcher[] {
  if (pattern.startsWith("!")) return []; // a leading `!` would negate the glob; no real include starts with one
  try {
    return [compileGlob(pattern)];
  } catch {
    return [];
  }
}
