import type { ErrorObject, ValidateFunction } from "ajv";
import type { DocPath } from "../types.js";
/** Compiles a schema, or returns the reason it is not a valid JSON Schema. */
export declare function compileSchema(schema: object): {
    ok: true;
    validate: ValidateFunction;
} | {
    ok: false;
    message: string;
};
/**
 * A validator for one of norecur's own schemas, compiled the first time it is used: a run
 * without a config or waivers file never compiles theirs (each compile is tens of ms of a
 * pre-commit run).
 */
export declare function ownSchemaValidator(schema: object, name: string): () => ValidateFunction;
/**
 * The document path an Ajv error is about. For unknown keys that is the key itself, so the
 * user is pointed at the line to delete rather than at the enclosing object.
 */
export declare function errorPath(error: ErrorObject, root: unknown): DocPath;
/** A short human sentence for an Ajv error. */
export declare function errorMessage(error: ErrorObject): string;
/**
 * Ajv reports every failing branch; keep the most specific errors (the deepest paths) so a
 * user sees the key to fix, not the whole cascade.
 */
export declare function mostSpecific(errors: readonly ErrorObject[]): ErrorObject[];
