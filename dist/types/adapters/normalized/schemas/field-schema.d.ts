/**
 * Small constructors for the JSON Schemas that describe subject kinds. A schema is data: the
 * policy loader walks it to check field references, the build publishes it under
 * `schemas/subjects/`, and docs/subjects is generated from it.
 */
/** A JSON Schema (draft-07) as plain data. */
export type FieldSchema = Readonly<Record<string, unknown>>;
/** The marker a value that cannot be known statically is replaced by (see unknown.ts). */
export declare const unknownMarker: FieldSchema;
/** A string, optionally one of `values`. */
export declare function text(description: string, values?: readonly string[]): FieldSchema;
/** A boolean. */
export declare function flag(description: string): FieldSchema;
/** A number. */
export declare function count(description: string): FieldSchema;
/** A list of `items`. */
export declare function list(items: FieldSchema, description: string): FieldSchema;
/** An object with exactly these fields; `required` names the ones every subject has. */
export declare function record(properties: Record<string, FieldSchema>, description: string, required?: readonly string[]): FieldSchema;
/** An object whose keys are data (labels, tags), each holding `values`. */
export declare function map(values: FieldSchema, description: string): FieldSchema;
/** `schema`, or an unknown marker where the value cannot be known statically. */
export declare function orUnknown(schema: FieldSchema): FieldSchema;
/** What a policy may read of one subject kind: its value (`subject`) and its facts (`meta`). */
export interface SubjectKindSchema {
    /** Schema of `subject`; absent when the value is arbitrary document data. */
    value?: FieldSchema;
    /** Schema of `meta`. */
    meta: FieldSchema;
}
