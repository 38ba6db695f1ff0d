import type { Range } from "../types.js";

/** A 1-based line and column; the column counts UTF-16 code units (JavaScript string indices). */
export interface Position {
  /** Line, from 1. */
  line: number;
  /** Column, from 1. */
  column: number;
}

const BOM = "\uFEFF";

/**
 * Drops a leading byte order mark. Every parser strips it the same way, so that offsets, and
 * therefore positions, mean the same thing for files with and without one.
 */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/**
 * Maps string offsets to line/column positions. Lines end at `\n`, `\r\n` or a lone `\r`; the
 * line break itself is not part of any line's columns, so CRLF files give the same positions
 * as LF files.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[] = [0];
  /** Offset at which each line's content ends (where its line break begins). */
  private readonly ends: number[] = [];

  /**
   * Indexes `text` once, in one pass: from line break to line break when it has no `\r` (a
   * search in the engine's own code, where a loop over every character runs interpreted for the
   * first files placed), else character by character.
   */
  constructor(readonly text: string) {
    if (!text.includes("\r")) {
      for (let newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n", newline + 1)) {
        this.ends.push(newline);
        this.starts.push(newline + 1);
      }
      this.ends.push(text.length);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 /* \n */) {
        this.ends.push(i);
        this.starts.push(i + 1);
      } else if (code === 13 /* \r */) {
        this.ends.push(i);
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
    this.ends.push(text.length);
  }

  /** Number of lines; an empty text, or a final line break, still counts the last (empty) line. */
  get lineCount(): number {
    return this.starts.length;
  }

  /**
   * The position of `offset`. Offsets outside the text are clamped to it; an offset inside a
   * line break maps to the end of that line.
   */
  position(offset: number): Position {
    const at = clamp(offset, 0, this.text.length);
    const line = this.lineOf(at);
    const start = this.starts[line] ?? 0;
    const end = this.ends[line] ?? this.text.length;
    return { line: line + 1, column: Math.min(at, end) - start + 1 };
  }

  /** The range from `start` to `end` (exclusive); an `end` before `start` collapses to `start`. */
  range(start: number, end: number): Range {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  /**
   * A range for a problem reported at one offset: the character there, or an empty range when
   * the offset is at the end of a line or of the text (there is no character to underline).
   */
  pointRange(offset: number): Range {
    const at = clamp(offset, 0, this.text.length);
    const from = this.position(at);
    const lineEnd = this.ends[from.line - 1] ?? this.text.length;
    return this.range(at, at < lineEnd ? at + 1 : at);
  }

  /** 0-based index of the line holding `offset`, by binary search over line starts. */
  private lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/** The range 1:1–1:1, for failures that carry no position at all. */
export function startRange(): Range {
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/**
 * The offset just after the last non-whitespace character in `text[start, end)`, never before
 * `start`. Parsers often end a node's span after its trailing line break or blank lines; a
 * finding should underline the value only.
 */
export function trimEnd(text: string, start: number, end: number): number {
  let at = Math.min(end, text.length);
  while (at > start && isSpace(text.charCodeAt(at - 1))) at--;
  return Math.max(at, start);
}

/** Text from an unknown thrown value, first line only: a user never needs a stack or a snippet. */
export function errorText(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const firstLine = raw.split(/\r\n|\r|\n/, 1)[0]?.trim() ?? "";
  return firstLine === "" ? "unreadable input" : firstLine;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, low), high) : low;
}
