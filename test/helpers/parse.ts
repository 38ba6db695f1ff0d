import type { Document, ParseResult, Range } from "../../src/types.js";

/** A range literal, for readable expectations. */
export function range(line: number, column: number, endLine: number, endColumn: number): Range {
  return { line, column, endLine, endColumn };
}

/** The one document of a successful parse; fails the test otherwise. */
export function only(result: ParseResult): Document {
  if (!result.ok) throw new Error(`expected a successful parse, got ${JSON.stringify(result.errors)}`);
  const [document, ...rest] = result.documents;
  if (document === undefined || rest.length > 0) throw new Error("expected exactly one document");
  return document;
}
