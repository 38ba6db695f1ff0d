import type { ParsedDocument } from "../../../src/adapters/adapter.js";
import { detectFormat } from "../../../src/discover/detect-format.js";
import { formats } from "../../../src/discover/file-formats.js";
import { getParser } from "../../../src/formats/index.js";
import type { Subject } from "../../../src/types.js";

/** Parses files as a run would (format detection, then the format's parser); fails the test on a parse error. */
export function documentsOf(files: Record<string, string>): ParsedDocument[] {
  return Object.entries(files).flatMap(([path, text]) => {
    const format = detectFormat(path, () => text, []);
    const parser = format === undefined ? undefined : getParser(formats[format]?.parser ?? format);
    if (format === undefined || parser === undefined) throw new Error(`no format for ${path}`);
    const result = parser.parse(text, path);
    if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.errors)}`);
    return result.documents.map((document) => ({ document, format }));
  });
}

/** Where a subject's field points: `file:line:col`. */
export function where(subject: Subject | undefined, path: Array<string | number>): string {
  const traced = subject?.trace?.(path);
  return traced === undefined ? "(no trace)" : `${traced.file}:${traced.range.line}:${traced.range.column}`;
}
