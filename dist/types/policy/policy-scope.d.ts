import type { FieldSchema } from "../adapters/normalized/schemas/field-schema.js";
import { type Step } from "./references/resolve-field.js";
import type { VariableSchemas } from "./references/cel-references.js";
import type { Policy, SubjectKind } from "../types.js";
/** `item` outside an assertion with `each` is null: reading a field of it is a mistake. */
export declare const NO_ITEM: FieldSchema;
/** One element of CEL `related`: another subject of the run. */
export declare function relatedElement(kind: SubjectKind): FieldSchema;
/** What the variables of a policy's expressions hold, for a subject of `kind` (narrowed to `subject`, with `item`). */
export declare function scopeFor(policy: Policy, kind: SubjectKind, subject: FieldSchema | undefined, item: FieldSchema | undefined): VariableSchemas;
/** The schema of what a path pattern reaches, or why it can never match. */
export declare function schemaAt(schema: FieldSchema | undefined, steps: readonly Step[], label: string): {
    ok: true;
    schema: FieldSchema | undefined;
} | {
    ok: false;
    message: string;
};
