/** `path.globMatches(pattern)` (../../functions/glob.ts). */
export declare const globMatches: import("@bufbuild/cel").CelFunc;
/** `globMatchesAny(path, patterns)`: whether the string matches at least one glob of the list. */
export declare const globMatchesAny: import("@bufbuild/cel").CelFunc;
