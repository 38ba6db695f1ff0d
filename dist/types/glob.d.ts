/**
 * A compiled matcher for a set of globs (dot files included), built once and reused per file.
 * Every glob of the project goes through the engine's linear-time matcher: patterns come from
 * configs, waivers and policies that a pull request may edit, and a backtracking matcher lets
 * one pattern hang the run.
 * @throws Error naming the pattern when one is refused (see {@link globProblem}).
 */
export declare function globMatcher(patterns: readonly string[]): (path: string) => boolean;
/** Why a glob is refused (unbalanced braces, extglobs, too long…), or undefined when it compiles. */
export declare function globProblem(pattern: string): string | undefined;
