import type { Ajv, ErrorObject, Options, ValidateFunction } from "ajv";
import { createRequire } from "node:module";
import { join } from "node:path";
import { BUNDLED } from "../bundled.js";
import { packageRoot } from "../package-root.js";
import { vendored } from "../vendor.js";
import type { DocPath, PathSegment } from "../types.js";
import { valueAt } from "../engine/path.js";

/** One shared Ajv instance: compiling schemas is the expensive part, so validators are cached by it. */
/** One Ajv for the run, made when a schema is first compiled (making it adds its meta-schemas). */
let instance: Ajv | undefined;
const ajv = (): Ajv => (instance ??= new (vendored.ajv().Ajv)(AJV_OPTIONS));

/** How every schema is compiled: at run time, and norecur's own at build time (scripts/build.mjs). */
export const AJV_OPTIONS: Options = { allErrors: true, strict: false, allowUnionTypes: true };

/** norecur's own schemas, by the name of their validator compiled at build time (dist/validators/NAME.cjs). */
export type OwnSchemaName = "config" | "policy" | "waivers";

/** Compiles a schema, or returns the reason it is not a valid JSON Schema. */
export function compileSchema(schema: object): { ok: true; validate: ValidateFunction } | { ok: false; message: string } {
  try {
    return { ok: true, validate: ajv().compile(schema) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A validator for one of norecur's own schemas, loaded the first time it is used: a run without
 * a config or waivers file never loads theirs. The bundles load the validator the build compiled
 * (Ajv's standalone code, dist/validators/): compiling the config schema with Ajv at run time
 * was about 80 ms of every run in a repository with a `.norecur.yml`, loading Ajv included.
 * Under the tests, and should that file be missing, the schema is compiled here.
 */
export function ownSchemaValidator(schema: object, name: OwnSchemaName): () => ValidateFunction {
  let validate: ValidateFunction | undefined;
  return () => {
    validate ??= (BUNDLED ? precompiled(name) : undefined) ?? compiled(schema, name);
    return validate;
  };
}

function compiled(schema: object, name: OwnSchemaName): ValidateFunction {
  const result = compileSchema(schema);
  if (!result.ok) throw new Error(`the ${name} schema itself is invalid: ${result.message}`);
  return result.validate;
}

/** The validator the build compiled for `name`, if its file is there. */
export function precompiled(name: OwnSchemaName, root: string = packageRoot()): ValidateFunction | undefined {
  return loadValidators<ValidateFunction>(root, name);
}

/**
 * The validators the build compiled for the param shapes of the built-in policies, by
 * {@link shapeKey} (dist/validators/params.cjs); empty where the file is not there.
 */
export function precompiledParamShapes(root: string = packageRoot()): ReadonlyMap<string, ValidateFunction> {
  return loadValidators<ReadonlyMap<string, ValidateFunction>>(root, "params") ?? new Map();
}

/** The key a param's schema (without its description) is compiled and looked up by. */
export function shapeKey(schema: object): string {
  return JSON.stringify(schema);
}

function loadValidators<T>(root: string, file: string): T | undefined {
  try {
    return createRequire(import.meta.url)(join(root, "dist", "validators", `${file}.cjs`)) as T;
  } catch {
    return undefined;
  }
}

/**
 * The document path an Ajv error is about. For unknown keys that is the key itself, so the
 * user is pointed at the line to delete rather than at the enclosing object.
 */
export function errorPath(error: ErrorObject, root: unknown): DocPath {
  const path: PathSegment[] = [];
  const parts = error.instancePath === "" ? [] : error.instancePath.slice(1).split("/");
  for (const raw of parts) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    path.push(Array.isArray(valueAt(root, path)) ? Number(key) : key);
  }
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty;
  if (error.keyword === "additionalProperties" && typeof extra === "string") path.push(extra);
  return path;
}

/** A short human sentence for an Ajv error. */
export function errorMessage(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return `unknown key "${String(params["additionalProperty"])}"`;
    case "enum":
      return `must be one of ${JSON.stringify(params["allowedValues"])}`;
    case "oneOf":
      return "must have exactly one of the alternatives (e.g. either `cel` or `schema`)";
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * Ajv reports every failing branch; keep the most specific errors (the deepest paths) so a
 * user sees the key to fix, not the whole cascade.
 */
export function mostSpecific(errors: readonly ErrorObject[]): ErrorObject[] {
  const useful = errors.filter((e) => e.keyword !== "if");
  const unique = new Map<string, ErrorObject>();
  for (const error of useful) unique.set(`${error.instancePath}|${errorMessage(error)}`, error);
  return [...unique.values()];
}
