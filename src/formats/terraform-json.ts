import type { DocPath, Document, ParseResult, Parser } from "../types.js";
import { hclParser } from "./hcl/parser.js";
import { jsonParser } from "./json.js";
import { setOwn } from "./line-ranges.js";
import { isRecord } from "../plain-data.js";

/** Top-level blocks with two labels (`resource "TYPE" "NAME"`) and with one (`module "NAME"`). */
const TWO_LABELS = new Set(["resource", "data", "ephemeral"]);
const ONE_LABEL = new Set(["module", "variable", "output", "provider"]);
/** Top-level blocks without labels, which native syntax gives as arrays of bodies (`terraform[0]`). */
const UNLABELLED = new Set(["terraform", "moved", "import", "removed", "check"]);

/**
 * Terraform configuration: native syntax (`.tf`, `.tfvars`) by the HCL parser, JSON syntax
 * (`.tf.json`, `.tfvars.json`) by the JSON parser, so that both kinds of file of one module are
 * `terraform` documents with the same value shape (docs/formats/terraform.md).
 */
export const terraformParser: Parser = {
  id: "terraform",
  parse(text: string, file: string): ParseResult {
    if (file.endsWith(".tf.json")) return terraformJson(text, file);
    // A `.tfvars.json` file holds plain values, not templates: JSON as it is.
    if (file.endsWith(".json")) return jsonParser.parse(text, file);
    return hclParser.parse(text, file);
  },
};

/**
 * Terraform's JSON syntax, reshaped to the value the HCL parser gives: labelled top-level blocks
 * nest by label even when written as arrays (`"resource": [{ "aws_s3_bucket": { "b": [{...}] } }]`),
 * `"//"` comment properties are dropped, and strings, which are templates in this syntax, become
 * `{ "$expr": ... }` markers when they interpolate (`"${var.name}"` is the marker `var.name`,
 * exactly what the native syntax gives for `var.name`). Positions follow the reshaping back to
 * where each value was written.
 */
function terraformJson(text: string, file: string): ParseResult {
  const parsed = jsonParser.parse(text, file);
  if (!parsed.ok) return parsed;
  const [raw] = parsed.documents;
  if (raw === undefined) return parsed;
  const moves = new Map<string, DocPath>();
  const value = isRecord(raw.value) ? reshape(raw.value, moves) : templates(raw.value);
  const document: Document = { file, index: 0, value, locate: (path) => raw.locate(rawPath(path, moves)) };
  return { ok: true, documents: [document] };
}

/** Builds the HCL-shaped value, recording for each moved block where it sits in the JSON. */
function reshape(root: Record<string, unknown>, moves: Map<string, DocPath>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [kind, written] of Object.entries(root)) {
    if (kind === "//") continue;
    const labels = TWO_LABELS.has(kind) ? 2 : ONE_LABEL.has(kind) ? 1 : 0;
    if (kind === "locals") {
      setOwn(out, kind, mergedBodies(written, [kind], [kind], moves));
      continue;
    }
    if (UNLABELLED.has(kind) && !Array.isArray(written)) {
      moves.set(key([kind, 0]), [kind]);
      setOwn(out, kind, [bodyOf(written)]);
      continue;
    }
    if (labels === 0) {
      setOwn(out, kind, templates(written));
      continue;
    }
    const nested: Record<string, unknown> = {};
    for (const { labels: names, body, from } of labelled(written, [kind], labels)) {
      let level = nested;
      names.slice(0, -1).forEach((name) => {
        // Own members only: a label such as `__proto__` must not reach Object.prototype.
        const existing = Object.hasOwn(level, name) ? level[name] : undefined;
        if (isRecord(existing)) level = existing;
        else setOwn(level, name, (level = {}));
      });
      const last = names[names.length - 1] ?? "";
      const to = [kind, ...names];
      // A provider can be configured several times (aliases): an array of bodies, as in native syntax.
      if (kind === "provider") {
        const existing = Object.hasOwn(level, last) ? level[last] : undefined;
        const list = Array.isArray(existing) ? (existing as unknown[]) : [];
        moves.set(key([...to, list.length]), from);
        list.push(bodyOf(body));
        setOwn(level, last, list);
      } else {
        moves.set(key(to), from);
        setOwn(level, last, bodyOf(body));
      }
    }
    setOwn(out, kind, nested);
  }
  return out;
}

/** Every block under a labelled kind, with its labels and its JSON path; arrays of objects are allowed at every level. */
function labelled(written: unknown, from: DocPath, depth: number): Array<{ labels: string[]; body: unknown; from: DocPath }> {
  const found: Array<{ labels: string[]; body: unknown; from: DocPath }> = [];
  const walk = (value: unknown, path: DocPath, names: string[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i], names));
      return;
    }
    if (names.length === depth) {
      found.push({ labels: names, body: value, from: path });
      return;
    }
    if (!isRecord(value)) return;
    for (const [name, inner] of Object.entries(value)) if (name !== "//") walk(inner, [...path, name], [...names, name]);
  };
  walk(written, from, []);
  return found;
}

/** `locals` may be one object or an array of them: merged into one, as several `locals` blocks are. */
function mergedBodies(written: unknown, from: DocPath, to: DocPath, moves: Map<string, DocPath>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const items = Array.isArray(written) ? written.map((item, i) => [item, [...from, i]] as const) : [[written, from] as const];
  for (const [item, path] of items) {
    if (!isRecord(item)) continue;
    for (const [name, value] of Object.entries(item)) {
      if (name === "//") continue;
      setOwn(merged, name, templates(value));
      moves.set(key([...to, name]), [...path, name]);
    }
  }
  return merged;
}

function bodyOf(body: unknown): unknown {
  if (!isRecord(body)) return templates(body);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) if (name !== "//") setOwn(out, name, templates(value));
  return out;
}

/** Strings that interpolate become markers; `$${` and `%%{` are literal `${` and `%{`. */
function templates(value: unknown): unknown {
  if (typeof value === "string") return template(value);
  if (Array.isArray(value)) return value.map(templates);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [name, inner] of Object.entries(value)) setOwn(out, name, templates(inner));
  return out;
}

function template(text: string): unknown {
  const interpolates = /\$\{|%\{/.test(text.replace(/\$\$\{|%%\{/g, ""));
  if (!interpolates) return text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
  const single = /^\$\{\s*([^{}"]*?)\s*\}$/.exec(text);
  // Other templates keep their quotes, as the native parser's marker holds the source text `"a-${var.b}"`.
  return { $expr: single?.[1] ?? `"${text}"` };
}

/** The JSON path of the value at `path`: the longest moved prefix is replaced by where it was written. */
function rawPath(path: DocPath, moves: ReadonlyMap<string, DocPath>): DocPath {
  for (let length = path.length; length > 0; length--) {
    const from = moves.get(key(path.slice(0, length)));
    if (from !== undefined) return [...from, ...path.slice(length)];
  }
  return path;
}

function key(path: DocPath): string {
  return JSON.stringify(path.map(String));
}

