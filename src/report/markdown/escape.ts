import { redactText } from "../redact.js";
import { escapeControl } from "../safe-lines.js";

/**
 * Text from scanned files (messages, paths, waiver reasons) rendered as GitHub-flavoured
 * Markdown: it must show literally and never break the table or HTML around it. Redaction
 * comes first so an escaped secret cannot slip past the credential shapes.
 *
 * - `&`, `<`, `>` become entities: GitHub renders raw HTML in comments and summaries.
 * - Markdown punctuation that can start emphasis, code, links, strike-through or table
 *   cells gets a backslash (GFM lets any ASCII punctuation be escaped that way).
 * - Line breaks become spaces: one finding is one table row or list item.
 * - `@` is followed by a zero-width space so `@org/team` in a message never notifies anyone.
 */
export function escapeMarkdown(text: string): string {
  return escapeControl(redactText(text).replace(/\r\n?|\n/g, " "))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/@/g, "@&#8203;");
}

/**
 * A fenced code block that its own content cannot close: the fence is one backtick longer
 * than the longest backtick run inside (CommonMark's rule for fences).
 */
export function codeBlock(code: string, language = ""): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${redactText(code).replace(/\n$/, "")}\n${fence}`;
}

/**
 * Text written by policy authors (titles, remediation summaries) keeps its Markdown (code
 * spans are common) but still must stay inside one table cell or list item and not open HTML.
 */
export function inlineAuthored(text: string): string {
  const flat = redactText(text).replace(/\s+/g, " ").trim();
  // Inside a code span `<` shows literally and an entity would show as `&lt;`: only text outside
  // spans is entity-escaped. A `\|` is still needed inside spans (GFM splits cells first).
  let out = "";
  let last = 0;
  for (const span of flat.matchAll(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g)) {
    out += flat.slice(last, span.index).replace(/</g, "&lt;") + span[0];
    last = span.index + span[0].length;
  }
  return (out + flat.slice(last).replace(/</g, "&lt;")).replace(/\|/g, "\\|");
}
