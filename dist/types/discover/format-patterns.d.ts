/**
 * A matcher for the globs of the built-in format table, which are constants of this source
 * (never data a pull request can edit): each simple glob becomes one native regular
 * expression, since format detection tests every discovered file against about a hundred of
 * them. The shapes used are `**`, `*`, `?` and literal text; any other glob (classes, braces)
 * goes through the linear-time matcher every user-supplied glob goes through. A test checks
 * both give the same answer for every built-in pattern.
 */
export declare function formatPatternMatcher(patterns: readonly string[]): (path: string) => boolean;
