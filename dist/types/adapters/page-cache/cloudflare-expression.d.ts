import { type PatternRule } from "./shape.js";
/** What a cache rule's expression selects: paths, paths it leaves out, cookies that exempt a request. */
export interface Selection {
    /** Paths the rule applies to; every path when the expression does not restrict them. */
    paths: PatternRule[] | "all";
    /** Paths the expression itself excludes (`and not starts_with(...)`). */
    excludedPaths: PatternRule[];
    /** Cookies whose presence the expression excludes (`and not http.cookie contains "..."`). */
    bypassCookies: PatternRule[];
}
/**
 * Reads an expression such as `(http.host eq "example.jp" and not starts_with(http.request.uri.path,
 * "/contact"))`: conjunctions of host conditions, disjunctions of path conditions, and negated
 * path or cookie conditions. Anything else is `undefined`: the caller makes the field unknown
 * rather than guess.
 */
export declare function readSelection(expression: string): Selection | undefined;
/** The cookie conditions of an expression made only of them (`http.cookie contains "a" or ...`). */
export declare function cookieRules(expression: string): PatternRule[] | undefined;
