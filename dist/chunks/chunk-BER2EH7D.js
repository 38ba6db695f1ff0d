import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  discover,
  getParser
} from "./chunk-YJFN527I.js";
import {
  REDACTED,
  adapters,
  byCodeUnits,
  formatPath,
  formats,
  isSecretName,
  linkIncludes,
  loadConfig,
  redactValue
} from "./chunk-BUIRFRZK.js";
import {
  isUnknown,
  unknownReason
} from "./chunk-DARFTWNZ.js";
import {
  SUBJECT_KINDS
} from "./chunk-EJRCV5Q7.js";

// src/inspect.ts
import { resolve } from "node:path";
function inspect(options) {
  const cwd = resolve(options.cwd);
  const config = loadConfig(cwd, options.config);
  const found = discover({ cwd, paths: options.paths.length > 0 ? options.paths : ["."], ignore: config.ignore, overrides: config.formats, wanted: () => true });
  const files = /* @__PURE__ */ new Map();
  const documents = [];
  for (const skipped of found.skipped) files.set(skipped.path, { path: skipped.path, format: skipped.format ?? "", status: "skipped", ...skipped.reason ? { reason: skipped.reason } : {}, documents: [], subjects: [] });
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
      subjects: []
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
function inspectSubject(kind, subject) {
  const fields = [];
  const value = subject.value;
  const where = (path) => {
    if (subject.trace) {
      const traced = subject.trace(path);
      return position(traced.file, traced.range);
    }
    return subject.document ? position(subject.file, subject.document.locate([...subject.path, ...path])) : subject.file;
  };
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, field] of Object.entries(value)) {
      fields.push({ field: key, value: preview(key, field), from: where([key]) });
      if (isUnknown(field) || field === null || typeof field !== "object") continue;
      if (Array.isArray(field) && field.every((v) => v === null || typeof v !== "object")) continue;
      const children = Array.isArray(field) ? field.map((v, i) => [i, v]) : Object.entries(field);
      for (const [child, inner] of children.slice(0, MAX_CHILDREN)) {
        fields.push({ field: formatPath([key, child]), value: preview(String(child), inner, true), from: where([key, child]) });
      }
      if (children.length > MAX_CHILDREN) fields.push({ field: `${key}\u2026`, value: `${children.length - MAX_CHILDREN} more`, from: where([key]) });
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
function position(file, range) {
  return `${file}:${range.line}:${range.column}`;
}
function keysOf(value) {
  if (Array.isArray(value)) return [`(list of ${value.length})`];
  if (value !== null && typeof value === "object") return Object.keys(value);
  return [`(${value === null ? "null" : typeof value})`];
}
var MAX_CHILDREN = 20;
var NAME_FIELDS = /* @__PURE__ */ new Set(["key", "name", "canonicalKey"]);
var VALUE_FIELDS = /* @__PURE__ */ new Set(["value", "raw"]);
function preview(name, value, inline = false) {
  if (isUnknown(value)) return `unknown: ${unknownReason(value)}`;
  if (inline && value !== null && typeof value === "object" && !Array.isArray(value)) {
    const named = Object.entries(value).some(([k, v]) => NAME_FIELDS.has(k) && typeof v === "string" && isSecretName(v));
    const parts = Object.entries(value).map(([k, v]) => {
      if (v !== null && typeof v === "object" && !isUnknown(v)) return `${k}: ${Array.isArray(v) ? `[${v.length}]` : "{\u2026}"}`;
      if (named && VALUE_FIELDS.has(k) && (typeof v === "string" || typeof v === "number")) return `${k}: "${REDACTED}"`;
      return `${k}: ${preview(k, v)}`;
    });
    const text2 = `{ ${parts.join(", ")} }`;
    return text2.length > 160 ? `${text2.slice(0, 157)}...` : text2;
  }
  if (Array.isArray(value)) {
    const allScalars = value.every((v) => v === null || typeof v !== "object");
    const text2 = JSON.stringify(redactValue(name, value));
    return allScalars && text2.length <= 80 ? text2 : `list of ${value.length}`;
  }
  if (value !== null && typeof value === "object") return `{ ${Object.keys(value).slice(0, 6).join(", ")}${Object.keys(value).length > 6 ? ", ..." : ""} }`;
  const text = JSON.stringify(redactValue(name, value)) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export {
  inspect
};
