import type { UnknownMarker } from "../normalized/unknown.js";
/** One Content-Security-Policy header (or `<meta http-equiv>`) as the browser reads it. */
export interface CspValue {
    /** The header name as written (`Content-Security-Policy`, `…-Report-Only`). */
    header: string;
    /** False for `Content-Security-Policy-Report-Only`: reported, not enforced. */
    enforced: boolean;
    /** The policy text as written, or a marker when it is computed. */
    value: string | UnknownMarker;
    /** Directive name (lower case) → its sources, as written; a marker when the text is computed. */
    directives: Record<string, string[]> | UnknownMarker;
    /** Sources that govern scripts: `script-src`, else `default-src`; null when neither is set. */
    scriptSrc: string[] | null | UnknownMarker;
    /** Where scripts may send data: `connect-src`, else `default-src`; null when neither is set. */
    connectSrc: string[] | null | UnknownMarker;
    /** Where forms may post: `form-action` (it has no fallback); null when not set. */
    formAction: string[] | null | UnknownMarker;
}
/** Whether a header name is a CSP header, enforced or report-only. */
export declare function isCspHeader(name: string): boolean;
/**
 * Splits a policy into directives as CSP Level 3 does: at `;`, then at whitespace; names are
 * case-insensitive, and of a repeated directive only the first counts (browsers ignore the
 * rest).
 */
export declare function parseCsp(text: string): Record<string, string[]>;
/** The normalized form of one CSP header, from a literal value or a marker. */
export declare function cspValue(header: string, value: string | UnknownMarker): CspValue;
