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

const ENFORCED = "content-security-policy";
const REPORT_ONLY = "content-security-policy-report-only";

/** Whether a header name is a CSP header, enforced or report-only. */
export function isCspHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return lower === ENFORCED || lower === REPORT_ONLY;
}

/**
 * Splits a policy into directives as CSP Level 3 does: at `;`, then at whitespace; names are
 * case-insensitive, and of a repeated directive only the first counts (browsers ignore the
 * rest).
 */
export function parseCsp(text: string): Record<string, string[]> {
  const directives: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const part of text.split(";")) {
    const tokens = part.trim().split(/\s+/).filter((t) => t !== "");
    const name = tokens[0]?.toLowerCase();
    if (name === undefined || Object.hasOwn(directives, name)) continue;
    directives[name] = tokens.slice(1);
  }
  // A plain object for CEL (`'form-action' in c.directives`).
  return { ...directives };
}

/** The normalized form of one CSP header, from a literal value or a marker. */
export function cspValue(header: string, value: string | UnknownMarker): CspValue {
  const enforced = header.trim().toLowerCase() === ENFORCED;
  if (typeof value !== "string") return { header, enforced, value, directives: value, scriptSrc: value, connectSrc: value, formAction: value };
  const directives = parseCsp(value);
  const pick = (...names: string[]): string[] | null => {
    for (const name of names) if (Object.hasOwn(directives, name)) return directives[name] ?? null;
    return null;
  };
  return {
    header,
    enforced,
    value,
    directives,
    scriptSrc: pick("script-src", "default-src"),
    connectSrc: pick("connect-src", "default-src"),
    formAction: pick("form-action"),
  };
}
