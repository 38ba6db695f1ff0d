import type { DocPath, Document, ParseResult, Range } from "../types.js";
import { LineIndex, trimEnd } from "./positions.js";

/**
 * Spans of a document's values, recorded eagerly as offsets while a small line-oriented file is
 * read, and turned into line/column ranges only when `locate` asks. Shared by the line-format
 * parsers (ini, smb-conf, nfs-exports, apt-conf, openvpn, dotenv, squid).
 */
export class PathRanges {
  private readonly spans = new Map<string, readonly [number, number]>();

  constructor(readonly lines: LineIndex) {}

  /** Records `text[start, end)` for `path`; a later record for the same path replaces it (last one wins). */
  set(path: DocPath, start: number, end: number): void {
    this.spans.set(keyOf(path), [start, end]);
  }

  /** The range at `path`, else at its deepest recorded ancestor, else the whole text without surrounding blank lines. */
  locate(path: DocPath): Range {
    for (let length = path.length; length > 0; length--) {
      const span = this.spans.get(keyOf(path.slice(0, length)));
      if (span !== undefined) return this.lines.range(span[0], span[1]);
    }
    const text = this.lines.text;
    let start = 0;
    while (start < text.length && /\s/.test(text.charAt(start))) start++;
    return this.lines.range(start, trimEnd(text, start, text.length));
  }
}

/** A one-document result whose positions were all recorded while parsing. */
export function rangedResult(file: string, value: unknown, ranges: PathRanges): ParseResult {
  const document: Document = { file, index: 0, value, locate: (path) => ranges.locate(path) };
  return { ok: true, documents: [document] };
}

/** A failed parse with one positioned error. Messages never quote the file's text: values may be secrets. */
export function failure(message: string, range: Range): ParseResult {
  return { ok: false, errors: [{ message, range }] };
}

/** One line's content, as offsets into the text; the line break is not included. */
export interface LineSpan {
  start: number;
  end: number;
}

/** Every line of `text`, split at `\n`, `\r\n` or a lone `\r`, as `LineIndex` does. */
export function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    spans.push({ start, end: i });
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** Sets an own, enumerable property, even for names such as `__proto__` that plain assignment would not create. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Whether a code unit is a space or a tab. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** First offset in `[start, end)` that is not a space or tab. */
export function skipBlanks(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && isBlank(text.charCodeAt(at))) at++;
  return at;
}

/** Offset just after the last character in `[start, end)` that is not a space or tab. */
export function trimBlanks(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && isBlank(text.charCodeAt(at - 1))) at--;
  return at;
}

function keyOf(path: DocPath): string {
  return JSON.stringify(path.map(String));
}

// ---------------------------------------------------------------------------------------------

