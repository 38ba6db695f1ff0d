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
export declare function escapeMarkdown(text: string): string;
/**
 * A fenced code block that its own content cannot close: the fence is one backtick longer
 * than the longest backtick run inside (CommonMark's rule for fences).
 */
export declare function codeBlock(code: string, language?: string): string;
/**
 * Text written by policy authors (titles, remediation summaries) keeps its Markdown (code
 * spans are common) but still must stay inside one table cell or list item and not open HTML.
 */
export declare function inlineAuthored(text: string): string;
