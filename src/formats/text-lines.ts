import type { ParseResult, Parser } from "../types.js";
import { PathRanges, lineSpans, rangedResult } from "./line-ranges.js";
import { LineIndex, stripBom } from "./positions.js";

/** The value of a `text-lines` document. */
export interface TextLines {
  /** Every line, without its line break; `lines[0]` is line 1. */
  lines: string[];
}

/**
 * Plain text as lines, for files whose presence matters more than their syntax (go.mod,
 * requirements.txt, Gemfile, pyproject.toml read as dependency manifests). Any text parses;
 * each line is located, so a finding can point at line 1 of a manifest.
 */
export const textLinesParser: Parser = {
  id: "text-lines",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const ranges = new PathRanges(new LineIndex(text));
    const spans = lineSpans(text);
    spans.forEach((span, n) => ranges.set(["lines", n], span.start, span.end));
    return rangedResult(file, { lines: spans.map((span) => text.slice(span.start, span.end)) } satisfies TextLines, ranges);
  },
};
