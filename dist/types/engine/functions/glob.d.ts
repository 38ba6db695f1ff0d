/** `path.globMatches(pattern)`: whether the string matches the glob (micromatch syntax, dotfiles included). */
export declare function globMatches(path: string, pattern: string): boolean;
/** `globMatchesAny(path, patterns)`: whether the string matches at least one glob of the list. */
export declare function globMatchesAny(path: string, patterns: readonly string[]): boolean;
