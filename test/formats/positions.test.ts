import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex, errorText, startRange, stripBom, trimEnd } from "../../src/formats/positions.js";

describe("LineIndex.position", () => {
  // "ab" on line 1, "cd" on line 2, "" on line 3, whatever the line break.
  it.each([
    ["LF", "ab\ncd\n"],
    ["CRLF", "ab\r\ncd\r\n"],
    ["lone CR", "ab\rcd\r"],
  ])("maps offsets line by line with %s breaks", (_name, text) => {
    const index = new LineIndex(text);
    const breakLength = text.includes("\r\n") ? 2 : 1;
    const secondLine = 2 + breakLength;
    expect(index.lineCount).toBe(3);
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(1)).toEqual({ line: 1, column: 2 });
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
    expect(index.position(secondLine)).toEqual({ line: 2, column: 1 });
    expect(index.position(secondLine + 1)).toEqual({ line: 2, column: 2 });
    expect(index.position(text.length)).toEqual({ line: 3, column: 1 });
  });

  it("treats the LF of a CRLF as part of the break, not as a column", () => {
    const index = new LineIndex("ab\r\ncd");
    // Offset 3 is the "\n" after "\r": still the end of line 1, never column 4.
    expect(index.position(3)).toEqual({ line: 1, column: 3 });
    expect(index.position(4)).toEqual({ line: 2, column: 1 });
  });

  it("counts a CR followed by LF once, and CR LF LF as two breaks", () => {
    expect(new LineIndex("a\r\n\nb").position(4)).toEqual({ line: 3, column: 1 });
    expect(new LineIndex("a\n\r\nb").position(4)).toEqual({ line: 3, column: 1 });
    expect(new LineIndex("a\r\rb").position(3)).toEqual({ line: 3, column: 1 });
  });

  it("counts columns in UTF-16 code units", () => {
    // "é" is one unit, the emoji two.
    const index = new LineIndex("é😀x");
    expect(index.position(1)).toEqual({ line: 1, column: 2 });
    expect(index.position(3)).toEqual({ line: 1, column: 4 });
  });

  it.each([
    [-5, { line: 1, column: 1 }],
    [99, { line: 2, column: 3 }],
    [Number.NaN, { line: 1, column: 1 }],
  ])("clamps offset %d into the text", (offset, expected) => {
    expect(new LineIndex("ab\ncd").position(offset)).toEqual(expected);
  });

  it("places every offset of a text with or without CRs as counting its breaks one by one does", () => {
    // Texts without a CR are indexed from line break to line break, the others character by character.
    const reference = (text: string, offset: number): { line: number; column: number } => {
      let line = 1;
      let start = 0;
      for (let i = 0; i < Math.min(offset, text.length); i++) {
        if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) {
          line++;
          start = i + 1;
        }
      }
      // An offset inside the line's break is the end of the line.
      const lineEnd = text.slice(start).search(/\r|\n/);
      const end = lineEnd < 0 ? text.length : start + lineEnd;
      return { line, column: Math.min(offset, end) - start + 1 };
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "é", " ", "\n", "\r", "\r\n", "\n\n"), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const index = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) expect(index.position(offset)).toEqual(reference(text, offset));
      }),
      { numRuns: 500 },
    );
  });

  it("handles the empty text", () => {
    const index = new LineIndex("");
    expect(index.lineCount).toBe(1);
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
  });
});

describe("LineIndex.range", () => {
  it("builds a range across lines with an exclusive end column", () => {
    const index = new LineIndex("key: value\nnext: [1,\n  2]\n");
    expect(index.range(5, 10)).toEqual({ line: 1, column: 6, endLine: 1, endColumn: 11 });
    expect(index.range(17, 25)).toEqual({ line: 2, column: 7, endLine: 3, endColumn: 5 });
  });

  it("collapses an end before the start", () => {
    expect(new LineIndex("abc").range(2, 1)).toEqual({ line: 1, column: 3, endLine: 1, endColumn: 3 });
  });

  // "abc\r\nde": offsets 0-2 are "abc", 3-4 the break, 5-6 "de", 7 the end.
  it.each([
    ["a character", 1, { line: 1, column: 2, endLine: 1, endColumn: 3 }],
    ["the end of a line", 3, { line: 1, column: 4, endLine: 1, endColumn: 4 }],
    ["the end of the text", 7, { line: 2, column: 3, endLine: 2, endColumn: 3 }],
  ])("pointRange at %s", (_name, offset, expected) => {
    expect(new LineIndex("abc\r\nde").pointRange(offset)).toEqual(expected);
  });
});

describe("text helpers", () => {
  it.each([
    ["\uFEFFa: 1", "a: 1"],
    ["a: 1", "a: 1"],
    ["a\uFEFF", "a\uFEFF"],
  ])("stripBom(%j)", (text, expected) => {
    expect(stripBom(text)).toBe(expected);
  });

  it.each([
    ["value\n\n", 0, 7, 5],
    ["value \t\r\n", 0, 9, 5],
    ["   ", 1, 3, 1],
    ["abc", 0, 10, 3],
  ])("trimEnd(%j, %d, %d) is %d", (text, start, end, expected) => {
    expect(trimEnd(text, start, end)).toBe(expected);
  });

  it.each([
    [new Error("bad thing\n    at stack (file.js:1:1)"), "bad thing"],
    ["plain string", "plain string"],
    [new Error(""), "unreadable input"],
    [42, "42"],
  ])("errorText keeps the first line of %s", (error, expected) => {
    expect(errorText(error)).toBe(expected);
  });

  it("startRange is a fresh 1:1 range each time", () => {
    const a = startRange();
    a.line = 9;
    expect(startRange()).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  });
});
