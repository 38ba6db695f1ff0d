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
export const SUMMARY_LIMIT = 1024 * 1024;

/** GitHub's limit for an issue or pull-request comment body, in characters. */
export const COMMENT_LIMIT = 65_536;

/** Size in UTF-8 bytes. */
export function byteSize(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * Renders blocks within `limit` bytes. Every list first reserves its head and its worst-case
 * "more" line; the room left goes to items in document order, so earlier lists (new findings)
 * are cut last. If even the fixed parts do not fit, the text is cut at the last line that fits.
 */
export function renderWithin(blocks: readonly Block[], limit: number): string {
  const lists = blocks.filter((b): b is ListBlock => typeof b !== "string" && b.items.length > 0);
  let room = limit;
  for (const block of blocks) {
    if (typeof block === "string") room -= byteSize(block);
    else if (block.items.length > 0) room -= byteSize(block.head) + byteSize(block.more(block.items.length));
  }
  const shown = new Map<ListBlock, number>();
  for (const list of lists) {
    let count = 0;
    for (const item of list.items) {
      const size = byteSize(item);
      if (size > room) break;
      room -= size;
      count += 1;
    }
    shown.set(list, count);
    room = Math.max(room, 0);
  }
  let out = "";
  for (const block of blocks) {
    if (typeof block === "string") {
      out += block;
      continue;
    }
    if (block.items.length === 0) continue;
    const count = shown.get(block) ?? 0;
    out += block.head + block.items.slice(0, count).join("");
    if (count < block.items.length) out += block.more(block.items.length - count);
  }
  return cutAtLine(out, limit);
}

/** The longest prefix of whole lines within `limit` bytes. */
function cutAtLine(text: string, limit: number): string {
  if (byteSize(text) <= limit) return text;
  const bytes = Buffer.from(text, "utf8").subarray(0, limit);
  // Decoding may end in half a character (U+FFFD); the last newline is always before it.
  const prefix = bytes.toString("utf8");
  const end = prefix.lastIndexOf("\n");
  return end < 0 ? "" : prefix.slice(0, end + 1);
}
