/** `path.globMatches(pattern)`: whether the string matches the glob (micromatch syntax, dotfiles included). */
export declare const globMatches: import("@bufbuild/cel").CelFunc;
/** `globMatchesAny(path, patterns)`: whether the string matches at least one glob of the list. */
export declare const globMatchesAny: import("@bufbuild/cel").CelFunc;
