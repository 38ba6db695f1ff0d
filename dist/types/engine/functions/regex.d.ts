/** Longest regular expression accepted. RE2 matches in linear time, but compiling is not free. */
export declare const MAX_REGEX_LENGTH = 8192;
/** A compiled pattern, searched for anywhere in a text as RE2 searches. */
export interface Regex {
    test(text: string): boolean;
    /** The first (leftmost) match, or undefined. */
    find(text: string): string | undefined;
}
/**
 * Compiles an RE2 pattern, cached. RE2 has no backreferences or lookaround, which is what
 * makes its matching linear-time; patterns using them are refused with a clear error. A pattern
 * JavaScript reads exactly as RE2 does is matched by a RegExp while its worst case for the text
 * at hand stays within budget (js-regex.ts); RE2 (re2js) is loaded for the rest.
 * @param fn - The CEL function asking, named in error messages.
 * @throws Error naming the problem, for an invalid or oversized pattern.
 */
export declare function compileRegex(fn: string, pattern: string): Regex;
/**
 * The engine behind CEL's standard `matches()`, passed to `celEnv({ re2 })`. Standard CEL
 * semantics: true when the pattern matches any part of the string.
 */
export declare const re2Engine: {
    compile(pattern: string): {
        test(text: string): boolean;
    };
};
/** `s.regexFind(pattern)`: the first (leftmost) match of the pattern in the string, or `""`. */
export declare function regexFind(text: string, pattern: string): string;
