import type { FieldSchema } from "../adapters/normalized/schemas/field-schema.js";
import { subjectSchemas } from "../adapters/normalized/schemas/index.js";
import { resolvePath, type Step } from "./references/resolve-field.js";
import type { VariableSchemas } from "./references/cel-references.js";
import { paramsObjectSchema } from "./param-types.js";
import type { Policy, SubjectKind } from "../types.js";

/** `item` outside an assertion with `each` is null: reading a field of it is a mistake. */
export const NO_ITEM: FieldSchema = { type: "null", description: "`item` has a value only in an assertion with `each`." };

const FILE: FieldSchema = {
  type: "object",
  additionalProperties: false,
  properties: { path: { type: "string" }, format: { type: "string" } },
};

/** One element of CEL `related`: another subject of the run. */
export function relatedElement(kind: SubjectKind): FieldSchema {
  const schema = subjectSchemas[kind];
  return {
    type: "object",
    additionalProperties: false,
    properties: {
      kind: { type: "string" },
      id: { type: "string" },
      file: { type: "string" },
      format: { type: "string" },
      meta: schema.meta,
      ...(schema.value ? { value: schema.value } : { value: {} }),
    },
  };
}

/** What the variables of a policy's expressions hold, for a subject of `kind` (narrowed to `subject`, with `item`). */
export function scopeFor(policy: Policy, kind: SubjectKind, subject: FieldSchema | undefined, item: FieldSchema | undefined): VariableSchemas {
  return {
    subject,
    item,
    meta: subjectSchemas[kind].meta,
    params: paramsObjectSchema(policy.params),
    related: { type: "array", items: relatedElement(policy.related?.kind ?? kind) },
    file: FILE,
    document: undefined,
  };
}

/** The schema of what a path pattern reaches, or why it can never match. */
export function schemaAt(schema: FieldSchema | undefined, steps: readonly Step[], label: string): { ok: true; schema: FieldSchema | undefined } | { ok: false; message: string } {
  const resolved = resolvePath(schema, steps);
  if (resolved.ok) return resolved;
  const shown = steps.slice(0, resolved.at + 1).map((s) => (typeof s === "object" ? "[*]" : typeof s === "number" ? `[${s}]` : `.${s}`)).join("");
  return { ok: false, message: `\`${label}${shown}\` can never match: ${resolved.reason}` };
}
