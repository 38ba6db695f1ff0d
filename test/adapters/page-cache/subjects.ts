import { pageCacheAdapter, pageCacheFormats } from "../../../src/adapters/page-cache/index.js";
import type { ParsedDocument } from "../../../src/adapters/adapter.js";
import { discover } from "../../../src/discover/discover.js";
import { formats } from "../../../src/discover/file-formats.js";
import { getParser } from "../../../src/formats/index.js";
import type { Subject } from "../../../src/types.js";

function parseAll(files: ReadonlyArray<{ path: string; format: string; text: string }>): ParsedDocument[] {
  const documents: ParsedDocument[] = [];
  for (const { path, format, text } of files) {
    const parser = getParser(formats[format]?.parser ?? "");
    if (!parser) throw new Error(`no parser for ${format}`);
    const result = parser.parse(text, path);
    if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.errors)}`);
    for (const document of result.documents) documents.push({ document, format });
  }
  return documents;
}

/** The page-cache subjects of in-memory files (path → [format, text]), parsed as norecur would. */
export function pageCacheSubjects(files: Record<string, [format: string, text: string]>): Subject[] {
  const documents = parseAll(Object.entries(files).map(([path, [format, text]]) => ({ path, format, text })));
  return pageCacheAdapter({ documents, roots: ["."] });
}

/** The page-cache subjects of a directory on disk, with formats chosen by discovery. */
export function pageCacheSubjectsIn(dir: string): Subject[] {
  const found = discover({ cwd: dir, paths: ["."], ignore: [], overrides: [], wanted: (format) => pageCacheFormats.includes(format) });
  return pageCacheAdapter({ documents: parseAll(found.candidates), roots: found.roots });
}

/** The subject whose id ends with `suffix`; fails the test when there is not exactly one. */
export function subject(subjects: readonly Subject[], suffix: string): Subject & { value: Record<string, any> } {
  const found = subjects.filter((s) => s.id.endsWith(suffix));
  if (found.length !== 1) throw new Error(`expected one subject ending ${suffix}; have ${subjects.map((s) => s.id).join(", ")}`);
  return found[0] as Subject & { value: Record<string, any> };
}

/** `file:line:col` of a normalized path of a subject. */
export function at(subject: Subject, path: Array<string | number>): string {
  const traced = subject.trace?.(path);
  if (!traced) throw new Error("subject has no trace");
  return `${traced.file}:${traced.range.line}:${traced.range.column}`;
}

/** The `pattern`s of a list of rules. */
export function patterns(rules: ReadonlyArray<{ pattern: string }>): string[] {
  return rules.map((r) => r.pattern);
}
