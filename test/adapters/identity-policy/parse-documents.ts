import type { ParsedDocument } from "../../../src/adapters/adapter.js";
import { getParser } from "../../../src/formats/index.js";
import type { Subject } from "../../../src/types.js";
import { only } from "../../helpers/parse.js";

/** Parses `text` with the parser of `format`'s usual syntax, as the run would. */
export function parsed(file: string, format: string, text: string): ParsedDocument {
  const parserId = format === "terraform" ? "hcl" : format === "openvpn" ? "openvpn" : "json";
  const parser = getParser(parserId);
  if (!parser) throw new Error(`no parser ${parserId}`);
  return { document: only(parser.parse(text, file)), format };
}

/** `file:line:col` of the normalized value at `path` of a subject. */
export function at(subject: Subject | undefined, ...path: Array<string | number>): string {
  if (!subject?.trace) throw new Error("expected a normalized subject");
  const { file, range } = subject.trace(path);
  return `${file}:${range.line}:${range.column}`;
}

/** The source text from where the normalized value at `path` was traced to, up to the end of that line. */
export function textAt(text: string, subject: Subject | undefined, ...path: Array<string | number>): string {
  if (!subject?.trace) throw new Error("expected a normalized subject");
  const { range } = subject.trace(path);
  return (text.split("\n")[range.line - 1] ?? "").slice(range.column - 1);
}
