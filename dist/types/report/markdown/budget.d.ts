/**
 * GitHub rejects a job summary over 1 MiB per step and a comment over 65,536 characters, and a
 * rejected report shows nothing at all. Documents are therefore built from blocks: fixed text,
 * and lists that may lose their tail (items are already in order of importance) to an
 * "and N more" line. Sizes are counted in UTF-8 bytes, which is never less than the characters
 * GitHub counts, so a byte budget is safe for both limits.
 */
/** A list whose tail may be cut. */
export interface ListBlock {
    /** Text before the items (a heading, a table header); dropped with the list when it has no items. */
    head: string;
    /** One string per item, each ending with a newline. */
    items: readonly string[];
    /** The line that replaces `n` cut items, ending with a newline. */
    more: (n: number) => string;
}
/** Fixed text or a list. */
export type Block = string | ListBlock;
/** GitHub's limit for a step's job summary (the runner refuses content over 1024k). */
export declare const SUMMARY_LIMIT: number;
/** GitHub's limit for an issue or pull-request comment body, in characters. */
export declare const COMMENT_LIMIT = 65536;
/** Size in UTF-8 bytes. */
export declare function byteSize(text: string): number;
/**
 * Renders blocks within `limit` bytes. Every list first reserves its head and its worst-case
 * "more" line; the room left goes to items in document order, so earlier lists (new findings)
 * are cut last. If even the fixed parts do not fit, the text is cut at the last line that fits.
 */
export declare function renderWithin(blocks: readonly Block[], limit: number): string;
