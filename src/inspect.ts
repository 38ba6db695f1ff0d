import { resolve } from "node:path";
import { adapters } from "./adapters/index.js";
import type { ParsedDocument } from "./adapters/adapter.js";
import { isUnknown, unknownReason } from "./adapters/normalized/unknown.js";
import { loadConfig } from "./config/load-config.js";
import { discover } from "./discover/discover.js";
import { formats } from "./discover/file-formats.js";
import { formatPath } from "./engine/path.js";
import { getParser } from "./formats/index.js";
import { linkIncludes } from "./formats/includes/index.js";
import { isSecretName, REDACTED, redactValue } from "./report/redact.js";
import { SUBJECT_KINDS, type DocPath, type Subject, type SubjectKind } from "./types.js";
import { byCodeUnits } from "./compare.js";

/** One field of a subject, as `norecur inspect` shows it. */
export interface InspectedField {
  /** `secondFactor`, `meta.product`. */
  field: string;
  /** A short rendering of the value (lists and objects summarised, secret-looking values redacted). */
  value: string;
  /** Where it was read: `file:line:col`. */
  from: string;
}

/** One subject an adapter produced from a file. */
export interface InspectedSubject {
  kind: SubjectKind;
  id: string;
  fields: InspectedField[];
}

/** What norecur makes of one file. */
export interface InspectedFile {
  path: string;
  /** The format it is read as. */
  format: string;
  status: "parsed" | "errored" | "skipped";
  /** Why it was skipped or could not be parsed. */
  reason?: string;
  /** Its documents: where each starts and its top-level keys (or its type). */
  documents: Array<{ at: string; keys: string[] }>;
  /** The subjects of every kind whose main file it is. */
  subjects: InspectedSubject[];
}

/**
 * An author's view of files: the format each is read as, its documents, and the subjects every
 * kind produces from it with each field and where it came from. Reads every format, whatever the
 * policies target; never throws on bad input.
 */
export function inspect(options: { cwd: string; paths: readonly string[]; config?: string | false }): InspectedFile[] {
  const cwd = resolve(options.cwd);
  const config = loadConfig(cwd, options.config);
  const found = discover({ cwd, paths: options.paths.length > 0 ? options.paths : ["."], ignore: config.ignore, overrides: config.formats, wanted: () => true });
  const files = new Map<string, InspectedFile>();
  const documents: ParsedDocument[] = [];
  for (const skipped of found.skipped) files.set(skipped.path, { path: skipped.path, format: skipped.format ?? "", status: "skipped", ...(skipped.reason ? { reason: skipped.reason } : {}), documents: [], subjects: [] });
  for (const candidate of found.candidates) {
    const parser = getParser(formats[candidate.format]?.parser ?? candidate.format);
    const parsed = parser?.parse(candidate.text, candidate.path);
    if (!parsed || !parsed.ok) {
      const reason = parsed && !parsed.ok ? parsed.errors.map((e) => `${e.range.line}:${e.range.column} ${e.message}`).join("; ") : "no parser";
      files.set(candidate.path, { path: candidate.path, format: candidate.format, status: parsed ? "errored" : "skipped", reason, documents: [], subjects: [] });
      continue;
    }
    files.set(candidate.path, {
      path: candidate.path,
      format: candidate.format,
      status: "parsed",
      documents: parsed.documents.map((d) => ({ at: position(d.file, d.locate([])), keys: keysOf(d.value) })),
      subjects: [],
    });
    for (const document of parsed.documents) documents.push({ document, format: candidate.format });
  }
  const linked = linkIncludes(documents);
  for (const kind of SUBJECT_KINDS) {
    if (kind === "repository") continue;
    for (const subject of adapters[kind]({ documents: linked, roots: found.roots })) files.get(subject.file)?.subjects.push(inspectSubject(kind, subject));
  }
  return [...files.values()].sort((a, b) => byCodeUnits(a.path, b.path));
}

function inspectSubject(kind: SubjectKind, subject: Subject): InspectedSubject {
  const fields: InspectedField[] = [];
  const value = subject.value;
  const where = (path: DocPath): string => {
    if (subject.trace) {
      const traced = subject.trace(path);
      return position(traced.file, traced.range);
    }
    return subject.document ? position(subject.file, subject.document.locate([...subject.path, ...path])) : subject.file;
  };
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, field] of Object.entries(value)) {
      fields.push({ field: key, value: preview(key, field), from: where([key]) });
      // One level down, so an author sees the shape of lists of rules and nested records.
      if (isUnknown(field) || field === null || typeof field !== "object") continue;
      if (Array.isArray(field) && field.every((v) => v === null || typeof v !== "object")) continue;
      const children: Array<[string | number, unknown]> = Array.isArray(field) ? field.map((v, i) => [i, v]) : Object.entries(field);
      for (const [child, inner] of children.slice(0, MAX_CHILDREN)) {
        fields.push({ field: formatPath([key, child]), value: preview(String(child), inner, true), from: where([key, child]) });
      }
      if (children.length > MAX_CHILDREN) fields.push({ field: `${key}…`, value: `${children.length - MAX_CHILDREN} more`, from: where([key]) });
    }
  }
  const root = subject.trace ? where([]) : subject.document ? position(subject.file, subject.document.locate(subject.path)) : subject.file;
  for (const [key, field] of Object.entries(subject.meta ?? {})) {
    fields.push({ field: `meta.${key}`, value: preview(key, field), from: root });
    if (Array.isArray(field) && field.some((v) => v !== null && typeof v === "object")) {
      field.slice(0, MAX_CHILDREN).forEach((inner, index) => fields.push({ field: formatPath(["meta", key, index]), value: preview(key, inner, true), from: root }));
    }
  }
  return { kind, id: subject.id, fields };
}

function position(file: string, range: { line: number; column: number }): string {
  return `${file}:${range.line}:${range.column}`;
}

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return [`(list of ${value.length})`];
  if (value !== null && typeof value === "object") return Object.keys(value);
  return [`(${value === null ? "null" : typeof value})`];
}

const MAX_CHILDREN = 20;

/** Fields that name an entry (dotenv, INI and smb.conf entries), whose value they describe. */
const NAME_FIELDS = new Set(["key", "name", "canonicalKey"]);
/** The fields of such an entry that hold its value. */
const VALUE_FIELDS = new Set(["value", "raw"]);

/** A one-line rendering: scalars as JSON, unknown markers with their reason, containers by size (or, `inline`, their scalar fields). */
function preview(name: string, value: unknown, inline = false): string {
  if (isUnknown(value)) return `unknown: ${unknownReason(value)}`;
  if (inline && value !== null && typeof value === "object" && !Array.isArray(value)) {
    // `{ key: "DB_PASSWORD", value: "..." }`: the entry's own name says its value is a secret.
    const named = Object.entries(value).some(([k, v]) => NAME_FIELDS.has(k) && typeof v === "string" && isSecretName(v));
    const parts = Object.entries(value).map(([k, v]) => {
      if (v !== null && typeof v === "object" && !isUnknown(v)) return `${k}: ${Array.isArray(v) ? `[${v.length}]` : "{…}"}`;
      if (named && VALUE_FIELDS.has(k) && (typeof v === "string" || typeof v === "number")) return `${k}: "${REDACTED}"`;
      return `${k}: ${preview(k, v)}`;
    });
    const text = `{ ${parts.join(", ")} }`;
    return text.length > 160 ? `${text.slice(0, 157)}...` : text;
  }
  if (Array.isArray(value)) {
    const allScalars = value.every((v) => v === null || typeof v !== "object");
    const text = JSON.stringify(redactValue(name, value));
    return allScalars && text.length <= 80 ? text : `list of ${value.length}`;
  }
  if (value !== null && typeof value === "object") return `{ ${Object.keys(value).slice(0, 6).join(", ")}${Object.keys(value).length > 6 ? ", ..." : ""} }`;
  const text = JSON.stringify(redactValue(name, value)) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

