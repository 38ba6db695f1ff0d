/**
 * RE2 patterns that a JavaScript regular expression reads exactly alike, and a bound on the work
 * a backtracking match of them can do. Loading re2js and matching with it costs a run about 15 ms
 * and 5 µs a call while V8 is cold (a `[0-9]` test of 10,000 image tags: 50 ms, against 2 ms
 * for the same RegExp); the built-in policies' patterns (`[0-9]`, a tag naming a build, the
 * caseless form paths) and the segments of most globs are in the subset read here. Anything
 * outside it, and any call whose bound is over budget, is left to RE2, whose matching is linear
 * whatever the pattern and the text.
 *
 * The subset: an optional leading `(?i)` (or `^(?i)`); literal printable ASCII; `.`; `^` and
 * `$`; the escapes `\d \D \w \W \s \S \n \t \r \f \v` and escaped punctuation; classes of those
 * with ranges; groups (`(…)`, `(?:…)`) with alternation; and quantifiers (`? * + {n} {n,}
 * {n,m}`, greedy or lazy) on one character or class, and `?` on a group. Written out so that
 * JavaScript (with the `u` flag, which reads code points as RE2 does) means what RE2 means: `.`
 * is `[^\n]`, `\s` is RE2's `[\t\n\f\r ]`, and a literal `]` or `}` is escaped. Refused: other
 * flags, named groups, POSIX and Unicode classes, `\b`, `\A`, `\z`, `\Q…\E`, hex and octal
 * escapes, a class starting with `]` (a literal to RE2, an empty class to JavaScript), non-ASCII
 * pattern text, and every syntax error, so that RE2 gives its own message.
 */
export interface JsEquivalent {
    /** The pattern as a JavaScript RegExp (unanchored, as RE2's `test` and `exec` search). */
    regex: RegExp;
    /**
     * Upper bound on the steps a backtracking search for the pattern takes in a text of `length`
     * characters: polynomial in the length, of degree one more than the unbounded quantifiers
     * one path can pass.
     */
    bound(length: number): number;
}
/** The JavaScript equivalent of `pattern`, or undefined when it is outside the subset. */
export declare function jsEquivalent(pattern: string): JsEquivalent | undefined;
/** Whether `equivalent` may search `text`: its bound for the text is within budget, and the text holds no surrogate. */
export declare function affordable(equivalent: JsEquivalent, text: string): boolean;
