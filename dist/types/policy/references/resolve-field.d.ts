import type { FieldSchema } from "../../adapters/normalized/schemas/field-schema.js";
/** One step into a value: a field name, a list index, or every element (`*`). */
export type Step = string | number | {
    wildcard: true;
};
/** What one step leads to: the field's schema (`undefined` when nothing is known of it), or why it cannot exist. */
export type Resolution = {
    ok: true;
    schema: FieldSchema | undefined;
} | {
    ok: false;
    reason: string;
};
/** The field names a schema declares, for "did you mean" hints; markers' own keys are not offered. */
export declare function fieldNames(schema: FieldSchema | undefined): string[];
/** The schema one step below `schema`, following `anyOf` branches (a field that may be an unknown marker). */
export declare function resolveStep(schema: FieldSchema | undefined, step: Step): Resolution;
/** Names within a small edit distance of `word`, closest first. */
export declare function nearest(word: string, names: readonly string[]): string[];
/** Follows a whole path; the failure names the step that cannot exist. */
export declare function resolvePath(schema: FieldSchema | undefined, steps: readonly Step[]): {
    ok: true;
    schema: FieldSchema | undefined;
} | {
    ok: false;
    at: number;
    reason: string;
};
