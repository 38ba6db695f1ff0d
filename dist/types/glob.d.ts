/** A compiled matcher for a set of globs (dot files included), built once and reused per file. */
export declare function globMatcher(patterns: readonly string[]): (path: string) => boolean;
