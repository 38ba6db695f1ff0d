import type { ParseResult, Parser } from "../types.js";
import { PathRanges, failure, lineSpans, rangedResult, setOwn, skipBlanks, trimBlanks } from "./line-ranges.js";
import { LineIndex, stripBom } from "./positions.js";

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
export const netlifyHeadersParser: Parser = {
  id: "netlify-headers",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const rules: NetlifyHeaderRule[] = [];
    // Where the current rule and its first header line start: a rule's span grows with each header line.
    let ruleStart = 0;
    let headersStart: number | undefined;
    for (const line of lineSpans(text)) {
      const start = skipBlanks(text, line.start, line.end);
      const end = trimBlanks(text, start, line.end);
      if (start === end || text.charAt(start) === "#") continue;
      const content = text.slice(start, end);
      if (isPathLine(content)) {
        ranges.set([rules.length], start, end);
        ranges.set([rules.length, "path"], start, end);
        rules.push({ path: content, headers: {} });
        ruleStart = start;
        headersStart = undefined;
        continue;
      }
      const index = rules.length - 1;
      const rule = rules[index];
      if (rule === undefined) return failure("a header line comes before any path line", lines.range(start, end));
      const colon = text.indexOf(":", start);
      if (colon < 0 || colon >= end) return failure("a header line has no ':' between the name and the value", lines.range(start, end));
      const nameEnd = trimBlanks(text, start, colon);
      if (nameEnd === start) return failure("a header line has no name before ':'", lines.pointRange(colon));
      const valueStart = skipBlanks(text, colon + 1, end);
      if (valueStart === end) return failure("a header line has no value after ':'", lines.range(end, end));
      addHeader(rule, index, text.slice(start, nameEnd), text.slice(valueStart, end), { start, valueStart, end }, ranges);
      headersStart ??= start;
      ranges.set([index], ruleStart, end);
      ranges.set([index, "headers"], headersStart, end);
    }
    return rangedResult(file, rules, ranges);
  },
};

/** Netlify reads lines starting with `/` as paths; Netlify and Cloudflare Pages also accept absolute URLs. */
function isPathLine(content: string): boolean {
  return content.startsWith("/") || /^https?:\/\//i.test(content);
}

/**
 * Header names are case-insensitive, so `cache-control` after `Cache-Control` adds a value to the
 * same header rather than making a second one that a policy reading `Cache-Control` would miss.
 */
function addHeader(
  rule: NetlifyHeaderRule,
  index: number,
  name: string,
  value: string,
  at: { start: number; valueStart: number; end: number },
  ranges: PathRanges,
): void {
  const lower = name.toLowerCase();
  const known = Object.keys(rule.headers).find((existing) => existing.toLowerCase() === lower);
  const key = known ?? name;
  if (known === undefined) {
    setOwn(rule.headers, key, []);
    ranges.set([index, "headers", key], at.start, at.end);
  }
  const values = rule.headers[key] ?? [];
  ranges.set([index, "headers", key, values.length], at.valueStart, at.end);
  values.push(value);
}
