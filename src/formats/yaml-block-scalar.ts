/** How a block scalar ends: its final line breaks made one, dropped (`-`) or kept (`+`). */
const CLIP = 0;
const STRIP = 1;
const KEEP = 2;

/**
 * A literal (`|`) or folded (`>`) block scalar whose indicator is at `at`, its header line ending
 * at `headerEnd`, the value of a collection indented `indent`: its value, and the offset of the
 * line that ends it (or the end of the text). The value is made as js-yaml 4 makes it
 * (readBlockScalar): the content indentation is that of the first line with content, raised by
 * any blank line before it with more spaces; the scalar ends at the first line with content
 * indented less; line breaks are kept (`|`) or folded (`>`, except around lines indented more),
 * and the final ones kept (`+`), dropped (`-`) or made one. An indentation indicator (`|2-`) sets
 * the content indentation, counted from the collection's.
 *
 * Undefined for anything but a comment after the header, a `|` or `>` in that comment (the event
 * stream would place the scalar at it), and no content at all.
 */
export function readBlockScalar(text: string, at: number, headerEnd: number, indent: number): { value: string; stop: number } | undefined {
  const folded = text.charCodeAt(at) === 0x3e;
  // The header: a chomping indicator and an indentation indicator (1 to 9), in either order.
  let p = at + 1;
  let chomp = CLIP;
  let explicit = 0;
  for (; ; p++) {
    const c = text.charCodeAt(p);
    if (chomp === CLIP && (c === 0x2b || c === 0x2d)) chomp = c === 0x2b ? KEEP : STRIP;
    else if (explicit === 0 && c >= 0x31 && c <= 0x39) explicit = c - 0x30;
    else break;
  }
  let q = p;
  while (q < headerEnd && text.charCodeAt(q) === 32) q++;
  if (q < headerEnd && !(text.charCodeAt(q) === 0x23 && q > p && !/[|>]/.test(text.slice(q, headerEnd)))) return undefined;
  const parts: string[] = [];
  // The content's indentation: given by the indicator, counted from the collection's, or found.
  let textIndent = explicit > 0 ? indent + explicit : indent + 1;
  let detected = explicit > 0;
  let emptyLines = 0;
  let didRead = false;
  let moreIndented = false;
  let stop = text.length;
  // js-yaml reads a text that does not end with a line break as if it did.
  const length = text.endsWith("\n") ? text.length : text.length + 1;
  const code = (pos: number): number => (pos < text.length ? text.charCodeAt(pos) : pos < length ? 0x0a : -1);
  // At a line break each time round: the line after it is read.
  for (let pos = headerEnd; pos < length; ) {
    pos++;
    const lineStart = pos;
    let lineIndent = 0;
    while ((!detected || lineIndent < textIndent) && code(pos) === 32) {
      lineIndent++;
      pos++;
    }
    if (!detected && lineIndent > textIndent) textIndent = lineIndent;
    if (code(pos) === 0x0a) {
      emptyLines++;
      continue;
    }
    if (lineIndent < textIndent) {
      // A line indented less, or the end of the text after a line break: the final line breaks.
      if (chomp === KEEP) parts.push("\n".repeat(didRead ? 1 + emptyLines : emptyLines));
      else if (chomp === CLIP && didRead) parts.push("\n");
      stop = Math.min(lineStart, text.length);
      break;
    }
    if (!folded) parts.push("\n".repeat(didRead ? 1 + emptyLines : emptyLines));
    else if (code(pos) === 32) {
      moreIndented = true;
      parts.push("\n".repeat(didRead ? 1 + emptyLines : emptyLines));
    } else if (moreIndented) {
      moreIndented = false;
      parts.push("\n".repeat(emptyLines + 1));
    } else if (emptyLines === 0) {
      if (didRead) parts.push(" ");
    } else parts.push("\n".repeat(emptyLines));
    didRead = true;
    detected = true;
    emptyLines = 0;
    const newline = text.indexOf("\n", pos);
    const lineEnd = newline < 0 ? text.length : newline;
    parts.push(text.slice(pos, lineEnd));
    pos = lineEnd;
  }
  return didRead ? { value: parts.join(""), stop } : undefined;
}
