import type { DocPath, Document, Range } from "../../types.js";

/** A whitespace- or comma-separated word of a YAML string value, with its source range when it can be known. */
export interface ScalarToken {
  text: string;
  range?: Range;
}

/**
 * Splits the string at `path` of a YAML document into words and places each word in the source.
 * Documents keep one range per value, not per word, so the words are placed from that range: a
 * plain or quoted scalar on one line (when its width shows that no escapes changed it), a
 * literal block (`|`, one source line per value line), or a folded block (`>`) that has one word
 * per line. Anything else keeps no range, and callers fall back to the value's own position.
 */
export function scalarTokens(document: Document, path: DocPath, value: string): ScalarToken[] {
  const tokens = [...value.matchAll(/[^\s,]+/g)].map((m) => ({ text: m[0], index: m.index }));
  const at = document.locate(path);
  const place = (line: number, column: number, text: string): Range => ({ line, column, endLine: line, endColumn: column + text.length });
  if (at.line === at.endLine) {
    const width = at.endColumn - at.column;
    const quote = width === value.length + 2 && !/["'\\]/.test(value) ? 1 : width === value.length ? 0 : undefined;
    if (quote === undefined) return tokens.map(({ text }) => ({ text }));
    return tokens.map(({ text, index }) => ({ text, range: place(at.line, at.column + quote + index, text) }));
  }
  // A block scalar: its range runs from the indicator line to the end of the last content line.
  const contentLines = at.endLine - at.line;
  const lines = value.replace(/\n+$/, "").split("\n");
  const last = lines[lines.length - 1] ?? "";
  if (lines.length === contentLines) {
    const indent = at.endColumn - 1 - last.length;
    let offset = 0;
    return lines.flatMap((line, i) => {
      const start = offset;
      offset += line.length + 1;
      return tokens
        .filter(({ index }) => index >= start && index < start + line.length)
        .map(({ text, index }) => ({ text, range: place(at.line + 1 + i, indent + 1 + index - start, text) }));
    });
  }
  const lastToken = tokens[tokens.length - 1];
  if (lines.length === 1 && lastToken !== undefined && tokens.length === contentLines && value.trimEnd().endsWith(lastToken.text)) {
    const indent = at.endColumn - 1 - lastToken.text.length;
    return tokens.map(({ text }, i) => ({ text, range: place(at.line + 1 + i, indent + 1, text) }));
  }
  return tokens.map(({ text }) => ({ text }));
}
