import type { FieldSchema } from "../../adapters/normalized/schemas/field-schema.js";
import { resolveStep } from "./resolve-field.js";

/**
 * The first field a `schema:` assertion names (under `properties`, `required`, `items`,
 * `patternProperties` aside) that the subject's schema says cannot exist, as a message; a
 * misspelt property in a JSON Schema assertion would otherwise never match and always pass.
 */
export function findBadSchemaField(assertion: unknown, subject: FieldSchema | undefined, label: string): string | undefined {
  if (subject === undefined || assertion === null || typeof assertion !== "object" || Array.isArray(assertion)) return undefined;
  const node = assertion as Record<string, unknown>;
  const named = new Set<string>([
    ...(node["properties"] !== null && typeof node["properties"] === "object" ? Object.keys(node["properties"] as object) : []),
    ...(Array.isArray(node["required"]) ? (node["required"] as unknown[]).filter((k): k is string => typeof k === "string") : []),
  ]);
  for (const key of named) {
    const next = resolveStep(subject, key);
    if (!next.ok) return `\`${label}.${key}\`: ${next.reason}`;
    const inner = (node["properties"] as Record<string, unknown> | undefined)?.[key];
    const deeper = findBadSchemaField(inner, next.schema, `${label}.${key}`);
    if (deeper) return deeper;
  }
  if (node["items"] !== undefined) {
    const element = resolveStep(subject, { wildcard: true });
    if (element.ok) {
      const deeper = findBadSchemaField(node["items"], element.schema, `${label}[*]`);
      if (deeper) return deeper;
    }
  }
  for (const combinator of ["allOf", "anyOf", "oneOf"]) {
    const branches = node[combinator];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      const deeper = findBadSchemaField(branch, subject, label);
      if (deeper) return deeper;
    }
  }
  for (const conditional of ["not", "if", "then", "else"]) {
    const deeper = findBadSchemaField(node[conditional], subject, label);
    if (deeper) return deeper;
  }
  return undefined;
}
