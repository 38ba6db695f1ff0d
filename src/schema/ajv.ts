import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import { vendored } from "../vendor.js";
import type { DocPath, PathSegment } from "../types.js";
import { valueAt } from "../engine/path.js";

/** One shared Ajv instance: compiling schemas is the expensive part, so validators are cached by it. */
/** One Ajv for the run, made when a schema is first compiled (making it adds its meta-schemas). */
let instance: Ajv | undefined;
const ajv = (): Ajv => (instance ??= new (vendored.ajv().Ajv)({ allErrors: true, strict: false, allowUnionTypes: true }));

/** Compiles a schema, or returns the reason it is not a valid JSON Schema. */
export function compileSchema(schema: object): { ok: true; validate: ValidateFunction } | { ok: false; message: string } {
  try {
    return { ok: true, validate: ajv().compile(schema) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A validator for one of norecur's own schemas, compiled the first time it is used: a run
 * without a config or waivers file never compiles theirs (each compile is tens of ms of a
 * pre-commit run).
 */
export function ownSchemaValidator(schema: object, name: string): () => ValidateFunction {
  let validate: ValidateFunction | undefined;
  return () => {
    if (validate === undefined) {
      const compiled = compileSchema(schema);
      if (!compiled.ok) throw new Error(`the ${name} schema itself is invalid: ${compiled.message}`);
      validate = compiled.validate;
    }
    return validate;
  };
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
