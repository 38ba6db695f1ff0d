/**
 * Small constructors for the JSON Schemas that describe subject kinds. A schema is data: the
 * policy loader walks it to check field references, the build publishes it under
 * `schemas/subjects/`, and docs/subjects is generated from it.
 */

/** A JSON Schema (draft-07) as plain data. */
export type FieldSchema = Readonly<Record<string, unknown>>;

/** The marker a value that cannot be known statically is replaced by (see unknown.ts). */
export const unknownMarker: FieldSchema = {
  type: "object",
  description: "A value that cannot be known statically: `{$expr}` from a parser, `{$unknown}` from an adapter.",
  additionalProperties: false,
  properties: { $expr: { type: "string" }, $unknown: { type: "string" } },
};

/** A string, optionally one of `values`. */
export function text(description: string, values?: readonly string[]): FieldSchema {
  return values ? { type: "string", enum: [...values], description } : { type: "string", description };
}

/** A boolean. */
export function flag(description: string): FieldSchema {
  return { type: "boolean", description };
}

/** A number. */
export function count(description: string): FieldSchema {
  return { type: "number", description };
}

/** A list of `items`. */
export function list(items: FieldSchema, description: string): FieldSchema {
  return { type: "array", items, description };
}

/** An object with exactly these fields; `required` names the ones every subject has. */
export function record(properties: Record<string, FieldSchema>, description: string, required: readonly string[] = []): FieldSchema {
  return { type: "object", additionalProperties: false, properties, ...(required.length > 0 ? { required: [...required] } : {}), description };
}

/** An object whose keys are data (labels, tags), each holding `values`. */
export function map(values: FieldSchema, description: string): FieldSchema {
  return { type: "object", additionalProperties: values, description };
}

/** `schema`, or an unknown marker where the value cannot be known statically. */
export function orUnknown(schema: FieldSchema): FieldSchema {
  return { anyOf: [schema, unknownMarker], description: schema["description"] };
}

/** What a policy may read of one subject kind: its value (`subject`) and its facts (`meta`). */
export interface SubjectKindSchema {
  /** Schema of `subject`; absent when the value is arbitrary document data. */
  value?: FieldSchema;
  /** Schema of `meta`. */
  meta: FieldSchema;
}
