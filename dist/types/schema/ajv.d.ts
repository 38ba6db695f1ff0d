import type { ErrorObject, Options, ValidateFunction } from "ajv";
import type { DocPath } from "../types.js";
/** How every schema is compiled: at run time, and norecur's own at build time (scripts/build.mjs). */
export declare const AJV_OPTIONS: Options;
/** norecur's own schemas, by the name of their validator compiled at build time (dist/validators/NAME.cjs). */
export type OwnSchemaName = "config" | "policy" | "waivers";
/** Compiles a schema, or returns the reason it is not a valid JSON Schema. */
export declare function compileSchema(schema: object): {
    ok: true;
    validate: ValidateFunction;
} | {
    ok: false;
    message: string;
};
/**
 * A validator for one of norecur's own schemas, loaded the first time it is used: a run without
 * a config or waivers file never loads theirs. The bundles load the validator the build compiled
 * (Ajv's standalone code, dist/validators/): compiling the config schema with Ajv at run time
 * was about 80 ms of every run in a repository with a `.norecur.yml`, loading Ajv included.
 * Under the tests, and should that file be missing, the schema is compiled here.
 */
export declare function ownSchemaValidator(schema: object, name: OwnSchemaName): () => ValidateFunction;
/** The validator the build compiled for `name`, if its file is there. */
export declare function precompiled(name: OwnSchemaName, root?: string): ValidateFunction | undefined;
/**
 * The validators the build compiled for the param shapes of the built-in policies, by
 * {@link shapeKey} (dist/validators/params.cjs); empty where the file is not there.
 */
export declare function precompiledParamShapes(root?: string): ReadonlyMap<string, ValidateFunction>;
/** The key a param's schema (without its description) is compiled and looked up by. */
export declare function shapeKey(schema: object): string;
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
