/** Longest glob pattern accepted. Patterns can come from scanned data. */
export declare const MAX_GLOB_LENGTH = 1024;
/** Most path segments all the alternatives of one pattern may hold together. */
export declare const MAX_GLOB_SEGMENTS = 1024;
/** A compiled glob pattern. */
export interface GlobMatcher {
    /** The pattern as written. */
    readonly pattern: string;
    /** Whether `path` matches; a negated pattern (`!x`) matches what `x` does not. */
    test(path: string): boolean;
}
/** A segment pattern, matched against a whole path segment. */
interface WholeMatch {
    testExact(part: string): boolean;
}
/**
 * Compiles a glob with micromatch's syntax and `dot: true` semantics, without micromatch's
 * engine: micromatch turns `*a*a*a*b` into a backtracking JavaScript regex that takes
 * exponential time on a long non-matching path, and patterns may come from scanned data.
 * Here a path is matched segment by segment, each segment with RE2 (linear time), and `**`
 * by a set of live positions, so matching costs O(segments of the pattern × length of the path).
 *
 * Rules where micromatch is inconsistent: `.` and `..` segments are matched only by a
 * pattern segment spelling them out; an empty segment (from `//` or a trailing `/`) only by
 * `**` or an empty pattern segment; `x/**` matches `x` whatever `x` is; `[!a]` negates like
 * `[^a]`; braces expand first, as in Bash; the empty string matches no pattern.
 * @throws Error, with a message for the policy author, for patterns that are refused.
 */
export declare function compileGlob(pattern: string): GlobMatcher;
/**
 * The segment's RE2 pattern as a JavaScript RegExp where JavaScript reads it alike and the
 * segment at hand is within the search budget (js-regex.ts), else RE2, compiled when first
 * needed. A pattern JavaScript does not read is compiled with RE2 at once, so that a pattern
 * RE2 refuses is refused when the glob is compiled, as before.
 */
export declare function wholeMatch(source: string): WholeMatch;
/**
 * Text as an RE2 literal, as RE2's QuoteMeta writes it: every ASCII character but letters,
 * digits and `_` escaped, NUL as `\x00`, other characters as they are.
 */
export declare function quoteMeta(text: string): string;
export {};
