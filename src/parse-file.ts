import { detectFormat } from "./discover/detect-format.js";
import { formats } from "./discover/file-formats.js";
import { parseBounded } from "./formats/bounded-parse.js";
import { getParser } from "./formats/index.js";
import type { ParseResult } from "./types.js";

/**
 * Parses one file's text the way `check` would: the format is detected from the path (and
 * content) unless given. Never throws on bad input.
 */
export function parseFile(path: string, text: string, format?: string): { format: string | undefined; result: ParseResult } {
  const chosen = format ?? detectFormat(path, () => text, []);
  const parser = chosen ? getParser(formats[chosen]?.parser ?? chosen) : undefined;
  if (!parser) {
    return { format: chosen, result: { ok: false, errors: [{ message: `no parser for ${path}`, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } }] } };
  }
  return { format: chosen, result: parseBounded(parser, text, path) };
}
