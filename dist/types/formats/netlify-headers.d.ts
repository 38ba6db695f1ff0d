import type { Parser } from "../types.js";
/** One path line of a `_headers` file and the header lines below it. */
export interface NetlifyHeaderRule {
    /** The path or URL pattern, as written (`/contact/*`, `/:lang/form`, `https://x.netlify.app/*`). */
    path: string;
    /** Header name (first spelling met) → its values, one per line, in file order. */
    headers: Record<string, string[]>;
}
/**
 * Netlify's `_headers` file (docs.netlify.com/routing/headers): a path line starts a rule, the
 * `Name: value` lines after it (indented by convention) belong to it, `#` lines are comments.
 * Netlify trims every line, so indentation is not what tells a path from a header: a path starts
 * with `/` (or is an absolute URL), anything else is a header line. Rules stay in file order and
 * a path may come back in a later rule, as Netlify applies every rule that matches.
 */
export declare const netlifyHeadersParser: Parser;
