import { egressPolicyAdapter } from "../../../src/adapters/egress-policy/index.js";
import type { ParsedDocument } from "../../../src/adapters/adapter.js";
import { formats } from "../../../src/discover/file-formats.js";
import { getParser } from "../../../src/formats/index.js";
import { linkIncludes } from "../../../src/formats/includes/index.js";
import type { Subject } from "../../../src/types.js";

/** Parses `files` (path → [format, text]) as norecur would (includes linked) and returns the egress-policy subjects. */
export function egressSubjects(files: Record<string, [format: string, text: string]>): Subject[] {
  const documents: ParsedDocument[] = [];
  for (const [path, [format, text]] of Object.entries(files)) {
    const parser = getParser(formats[format]?.parser ?? "");
    if (!parser) throw new Error(`no parser for ${format}`);
    const result = parser.parse(text, path);
    if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.errors)}`);
    for (const document of result.documents) documents.push({ document, format });
  }
  return egressPolicyAdapter({ documents: linkIncludes(documents), roots: ["."] });
}

/** The subject with this id; fails the test when there is none. */
export function byId(subjects: readonly Subject[], id: string): Subject & { value: Record<string, any> } {
  const subject = subjects.find((s) => s.id === id);
  if (!subject) throw new Error(`no subject ${id}; have ${subjects.map((s) => s.id).join(", ")}`);
  return subject as Subject & { value: Record<string, any> };
}

/** `file:line:col` of a normalized path of a subject. */
export function at(subject: Subject, path: Array<string | number>): string {
  const traced = subject.trace?.(path);
  if (!traced) throw new Error("subject has no trace");
  return `${traced.file}:${traced.range.line}:${traced.range.column}`;
}
