import type { DocPath, Document, ParseResult, Parser, Range } from "../types.js";
import { jsonParser } from "./json.js";
import { failure, lineSpans, setOwn, type LineSpan } from "./line-ranges.js";
import { LineIndex, stripBom, trimEnd } from "./positions.js";

/**
 * LiteSpeed Cache for WordPress settings export (`LSCWP_cfg-<host>_-<date>.data`). Since v4 the
 * plugin writes one JSON array `["<option id>", <value>]` per line, blank lines between, the
 * first being `["_version","x.y"]`; older versions wrote base64 of one JSON object. Either way
 * the document is an object of option id → value; a repeated id keeps its last value, as the
 * plugin's import does. Positions point into the line the option was written on (a base64
 * export has none finer than the whole file).
 */
export const litespeedExportParser: Parser = {
  id: "litespeed-export",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const trimmed = text.trim();
    if (trimmed !== "" && !trimmed.startsWith("[")) return parseBase64(text, trimmed, file, lines);
    const value: Record<string, unknown> = {};
    const where = new Map<string, LineSpan & { line: number }>();
    const spans = lineSpans(text);
    for (let index = 0; index < spans.length; index++) {
      const span = spans[index];
      if (span === undefined) continue;
      const content = text.slice(span.start, span.end);
      if (content.trim() === "") continue;
      const line = index + 1;
      const parsed = jsonParser.parse(content, file);
      if (!parsed.ok) {
        const first = parsed.errors[0];
        return failure(first?.message ?? "invalid JSON", shift(first?.range ?? lines.range(span.start, span.end), line));
      }
      const pair = parsed.documents[0]?.value;
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string") {
        return failure('expected a ["option-id", value] pair', lines.range(span.start, trimEnd(text, span.start, span.end)));
      }
      setOwn(value, pair[0], pair[1]);
      where.set(pair[0], { ...span, line });
    }
    const located = new Map<string, Document>();
    const document: Document = {
      file,
      index: 0,
      value,
      locate: (path: DocPath): Range => {
        const [key, ...rest] = path;
        const span = key === undefined ? undefined : where.get(String(key));
        if (key === undefined || span === undefined) return lines.range(0, trimEnd(text, 0, text.length));
        let line = located.get(String(key));
        if (line === undefined) {
          const parsed = jsonParser.parse(text.slice(span.start, span.end), file);
          if (!parsed.ok || parsed.documents[0] === undefined) return lines.range(span.start, span.end);
          line = parsed.documents[0];
          located.set(String(key), line);
        }
        return shift(line.locate([1, ...rest]), span.line);
      },
    };
    return { ok: true, documents: [document] };
  },
};

/** A range computed within one line's text, moved to that line of the file. */
function shift(range: Range, line: number): Range {
  return { line: range.line + line - 1, column: range.column, endLine: range.endLine + line - 1, endColumn: range.endColumn };
}

function parseBase64(text: string, trimmed: string, file: string, lines: LineIndex): ParseResult {
  const whole = lines.range(0, trimEnd(text, 0, text.length));
  if (!/^[A-Za-z0-9+/=\s]+$/.test(trimmed)) return failure('expected ["option-id", value] lines or a base64 export', whole);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(trimmed.replace(/\s+/g, ""), "base64").toString("utf8"));
  } catch {
    return failure("the base64 export does not decode to JSON", whole);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return failure("the base64 export does not hold an object of options", whole);
  return { ok: true, documents: [{ file, index: 0, value, locate: () => whole }] };
}
