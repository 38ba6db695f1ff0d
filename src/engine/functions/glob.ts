import { BoundedCache } from "../../bounded-cache.js";
import { compileGlob, type GlobMatcher } from "./support/glob-matcher.js";

/* norecur's glob functions (docs/functions.md) as plain functions; see cidr.ts. */

const compiled = new BoundedCache<string, GlobMatcher>(512);

/**
 * The compiled glob, cached.
 * @throws Error naming the function, for an invalid glob.
 */
function glob(fn: string, pattern: string): GlobMatcher {
  try {
    return compiled.getOrCreate(pattern, compileGlob);
  } catch (error) {
    throw new Error(`${fn}: invalid glob ${JSON.stringify(pattern)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `path.globMatches(pattern)`: whether the string matches the glob (micromatch syntax, dotfiles included). */
export function globMatches(path: string, pattern: string): boolean {
  return glob("globMatches", pattern).test(path);
}


/** `globMatchesAny(path, patterns)`: whether the string matches at least one glob of the list. */
export function globMatchesAny(path: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => glob("globMatchesAny", pattern).test(path));
}
