import { type GlobMatcher } from "./support/glob-matcher.js";
/**
 * The compiled glob, cached.
 * @throws Error naming the function, for an invalid glob.
 */
export declare function globMatcher(fn: string, pattern: string): GlobMatcher;
/** `path.globMatches(pattern)`: whether the string matches the glob (micromatch syntax, dotfiles included). */
export declare function globMatches(path: string, pattern: string): boolean;
/** `globMatchesAny(path, patterns)`: whether the string matches at least one glob of the list. */
export declare function globMatchesAny(path: string, patterns: readonly string[]): boolean;
