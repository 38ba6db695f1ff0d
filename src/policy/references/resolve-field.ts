import type { FieldSchema } from "../../adapters/normalized/schemas/field-schema.js";

/** One step into a value: a field name, a list index, or every element (`*`). */
export type Step = string | number | { wildcard: true };

/** What one step leads to: the field's schema (`undefined` when nothing is known of it), or why it cannot exist. */
export type Resolution = { ok: true; schema: FieldSchema | undefined } | { ok: false; reason: string };

const branchesOf = (schema: FieldSchema): FieldSchema[] | undefined => {
  const branches = schema["anyOf"] ?? schema["oneOf"];
  return Array.isArray(branches) ? (branches as FieldSchema[]) : undefined;
};

/** Whether a schema says nothing about its value (document data, `value: {}`). */
function isOpen(schema: FieldSchema | undefined): boolean {
  return schema === undefined || (schema["type"] === undefined && schema["properties"] === undefined && branchesOf(schema) === undefined);
}

/** The field names a schema declares, for "did you mean" hints; markers' own keys are not offered. */
export function fieldNames(schema: FieldSchema | undefined): string[] {
  if (schema === undefined) return [];
  const branches = branchesOf(schema);
  if (branches) return [...new Set(branches.flatMap(fieldNames))];
  const properties = schema["properties"] as Record<string, unknown> | undefined;
  return properties ? Object.keys(properties).filter((k) => !k.startsWith("$")) : [];
}

/** The schema one step below `schema`, following `anyOf` branches (a field that may be an unknown marker). */
export function resolveStep(schema: FieldSchema | undefined, step: Step): Resolution {
  if (schema === undefined || isOpen(schema)) return { ok: true, schema: undefined };
  const branches = branchesOf(schema);
  if (branches) {
    const found = branches.map((b) => resolveStep(b, step)).filter((r): r is Extract<Resolution, { ok: true }> => r.ok);
    if (found.length === 0) {
      if (fieldNames(schema).length > 0) return { ok: false, reason: missing(schema, step) };
      const first = resolveStep(branches[0], step);
      return first.ok ? { ok: false, reason: "no branch of the field's type has it" } : first;
    }
    if (found.some((r) => r.schema === undefined)) return { ok: true, schema: undefined };
    return found.length === 1 ? found[0] as Resolution : { ok: true, schema: { anyOf: found.map((r) => r.schema) } };
  }
  const type = schema["type"];
  if (type === "array") {
    if (typeof step === "string") return { ok: false, reason: `it is a list, which has no field \`${step}\`` };
    return { ok: true, schema: schema["items"] as FieldSchema | undefined };
  }
  if (type === "object" || schema["properties"] !== undefined) {
    const properties = (schema["properties"] ?? {}) as Record<string, FieldSchema>;
    const extra = schema["additionalProperties"];
    if (typeof step === "object") {
      const values = Object.values(properties);
      if (extra !== undefined && extra !== false) return { ok: true, schema: undefined };
      return { ok: true, schema: values.length === 1 ? values[0] : { anyOf: values } };
    }
    const key = String(step);
    if (Object.hasOwn(properties, key)) return { ok: true, schema: properties[key] };
    if (extra === false) return { ok: false, reason: missing(schema, step) };
    return { ok: true, schema: typeof extra === "object" && extra !== null ? (extra as FieldSchema) : undefined };
  }
  if (typeof type === "string") return { ok: false, reason: `it is a ${type}, which has no ${typeof step === "string" ? `field \`${step}\`` : "elements"}` };
  return { ok: true, schema: undefined };
}

function missing(schema: FieldSchema, step: Step): string {
  const key = typeof step === "object" ? "*" : String(step);
  const names = fieldNames(schema);
  const near = nearest(key, names);
  const hint = near.length > 0 ? `did you mean ${near.map((n) => `\`${n}\``).join(" or ")}?` : `its fields are ${names.map((n) => `\`${n}\``).join(", ") || "none"}`;
  return `there is no field \`${key}\` (${hint})`;
}

/** Names within a small edit distance of `word`, closest first. */
export function nearest(word: string, names: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  return names
    .map((name) => ({ name, distance: editDistance(word.toLowerCase(), name.toLowerCase()) }))
    .filter((n) => n.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((n) => n.name);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Follows a whole path; the failure names the step that cannot exist. */
export function resolvePath(schema: FieldSchema | undefined, steps: readonly Step[]): { ok: true; schema: FieldSchema | undefined } | { ok: false; at: number; reason: string } {
  let current = schema;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    const next = resolveStep(current, step);
    if (!next.ok) return { ok: false, at: i, reason: next.reason };
    current = next.schema;
  }
  return { ok: true, schema: current };
}
