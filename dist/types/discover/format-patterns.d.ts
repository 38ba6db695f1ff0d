/**
 * A matcher for the globs of the built-in format table, which are constants of this source
 * (never data a pull request can edit): each simple glob becomes one native regular
 * expression, since format detection tests every discovered file against about a hundred of
 * them. The shapes used are `**`, `*`, `?` and literal text; any other glob (classes, braces)
 * goes through the linear-time matcher every user-supplied glob goes through. A test checks
 * both give the same answer for every built-in pattern.
 */
export declare function formatPatternMatcher(patterns: readonly string[]): PathMatcher;
/**
 * Whether a path matches; its last segment and that segment's {@link endKey} may be given, when
 * a caller asks many matchers about one path (format detection asks each format in turn).
 */
export type PathMatcher = (path: string, last?: string, key?: string) => boolean;
/** A path's last segment. */
export declare function lastSegment(path: string): string;
/** What a last segment ends with, as {@link patternKey} reads a pattern's: from its last dot, or all of it. */
export declare function endKey(last: string): string;
