import { SUBJECT_KINDS, type SubjectKind } from "../../../types.js";
import type { FieldSchema } from "./field-schema.js";
import { subjectSchemas } from "./index.js";

/** The published JSON Schema of one subject kind: what `subject` and `meta` hold for a policy. */
export function publishedSubjectSchema(kind: SubjectKind): Record<string, unknown> {
  const schema = subjectSchemas[kind];
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `https://norecur.dev/schemas/subjects/${kind}.schema.json`,
    title: `norecur ${kind} subject`,
    description: `What a policy targeting \`${kind}\` reads: \`subject\` (the subject's data) and \`meta\` (facts about it). Policies are checked against it when they load.`,
    type: "object",
    required: ["subject", "meta"],
    properties: {
      subject: schema.value ?? { description: "The document's own data, as written: its shape is the file's." },
      meta: schema.meta,
    },
  };
}

/** Every kind's published schema, by file name under `schemas/subjects/`. */
export function publishedSubjectSchemas(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(SUBJECT_KINDS.map((kind) => [`${kind}.schema.json`, publishedSubjectSchema(kind)]));
}

export const FIELDS_START = "<!-- subject-fields:start (generated from schemas/subjects by npm run build) -->";
export const FIELDS_END = "<!-- subject-fields:end -->";

/** The field reference of one kind as a Markdown table: path, type, required, meaning. */
export function renderFieldTable(kind: SubjectKind): string {
  const schema = subjectSchemas[kind];
  const rows: string[] = [];
  const walk = (node: FieldSchema | undefined, path: string, required: boolean): void => {
    if (node === undefined) return;
    const description = String(node["description"] ?? "");
    rows.push(`| \`${path}\` | ${typeOf(node)} | ${required ? "yes" : ""} | ${cell(description)} |`);
    const inner = unwrap(node);
    if (isMarker(inner)) return;
    if (inner["type"] === "array" && inner["items"] !== undefined) {
      const items = unwrap(inner["items"] as FieldSchema);
      if (items["properties"] !== undefined && !isMarker(items)) walkProperties(items, `${path}[]`);
    } else if (inner["properties"] !== undefined) walkProperties(inner, path);
  };
  const walkProperties = (node: FieldSchema, prefix: string): void => {
    const required = new Set((node["required"] as string[] | undefined) ?? []);
    for (const [name, child] of Object.entries(node["properties"] as Record<string, FieldSchema>)) walk(child, `${prefix}.${name}`, required.has(name));
  };
  if (schema.value) walkProperties(unwrap(schema.value), "subject");
  else rows.push("| `subject` | any | yes | The document's own data, as written; its fields are not checked when a policy loads. |");
  walkProperties(unwrap(schema.meta), "meta");
  return [FIELDS_START, "| field | type | always present | meaning |", "|---|---|---|---|", ...rows, FIELDS_END].join("\n");
}

const isMarker = (node: FieldSchema): boolean => node["properties"] !== undefined && "$unknown" in (node["properties"] as object);

// A field that may be an unknown marker is `anyOf: [schema, marker]`: show the schema.
function unwrap(node: FieldSchema): FieldSchema {
  const branches = node["anyOf"] as FieldSchema[] | undefined;
  const real = branches?.filter((b) => !isMarker(b) && b["type"] !== "null");
  return real?.length === 1 && real[0] ? real[0] : node;
}

function typeOf(node: FieldSchema): string {
  const branches = node["anyOf"] as FieldSchema[] | undefined;
  if (branches) return branches.map((b) => typeOf(b)).join(" or ");
  if (isMarker(node)) return "unknown marker";
  const type = node["type"];
  if (type === "array") {
    const items = node["items"] as FieldSchema | undefined;
    return items ? `list of ${typeOf(items)}` : "list";
  }
  if (Array.isArray(node["enum"])) return (node["enum"] as string[]).map((v) => `\`${v}\``).join(", ");
  if (type === "object" && node["properties"] === undefined) return "map";
  return typeof type === "string" ? type : "any";
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

/** A docs/subjects page with its field table regenerated (the prose around it is kept). */
export function subjectDocWithFields(kind: SubjectKind, page: string): string {
  const start = page.indexOf(FIELDS_START);
  const end = page.indexOf(FIELDS_END);
  if (start < 0 || end < start) throw new Error(`docs/subjects/${kind}.md has no ${FIELDS_START} ... ${FIELDS_END} markers`);
  return page.slice(0, start) + renderFieldTable(kind) + page.slice(end + FIELDS_END.length);
}
