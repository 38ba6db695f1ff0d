import type { FieldSchema } from "../adapters/normalized/schemas/field-schema.js";
import { BUNDLED } from "../bundled.js";
import { compileSchema, errorMessage, precompiledParamShapes, shapeKey } from "../schema/ajv.js";
import type { ParamSpec } from "../types.js";
import type { ValidateFunction } from "ajv";

const JSON_TYPES = ["array", "boolean", "integer", "null", "number", "object", "string"] as const;

/**
 * The JSON Schema a param's values must satisfy: `type` (and `items`, `enum`) as declared, or,
 * for policies that declare none, the JSON type of the default, so `formPaths: /x/` where the
 * default is a list is an error instead of a policy that silently turns `unknown`.
 */
export function paramSchema(spec: ParamSpec): FieldSchema {
  const declared: Record<string, unknown> = {};
  if (spec.type !== undefined) declared["type"] = spec.type;
  if (spec.items !== undefined) declared["items"] = spec.items;
  if (spec.enum !== undefined) declared["enum"] = spec.enum;
  if (Object.keys(declared).length > 0) return { ...declared, description: spec.description };
  return { ...inferred(spec.default), description: spec.description };
}

function inferred(value: unknown): FieldSchema {
  if (value === null || value === undefined) return {};
  if (Array.isArray(value)) {
    const types = new Set(value.map(jsonType));
    const only = types.size === 1 ? [...types][0] : undefined;
    return { type: "array", ...(only !== undefined && only !== "null" ? { items: { type: only === "integer" ? "number" : only } } : {}) };
  }
  const type = jsonType(value);
  return { type: type === "integer" ? "number" : type };
}

function jsonType(value: unknown): (typeof JSON_TYPES)[number] {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return "string";
  return "object";
}

type Check = (value: unknown) => string | undefined;

// Params share a handful of shapes (a list of strings, a number): compile each shape once.
const checks = new Map<string, Check>();
/** The shapes of the built-in policies' params, compiled at build time: loading Ajv to compile them was about 40 ms of a run with a config that sets params. */
let built: ReadonlyMap<string, ValidateFunction> | undefined;

/** A param's schema without its description: what its values are checked against (and the build compiles). */
export function paramShape(spec: ParamSpec): FieldSchema {
  const { description: _description, ...schema } = paramSchema(spec);
  return schema;
}

/** Why `value` is not a valid value of the param, or `undefined` when it is. */
export function paramValueProblem(spec: ParamSpec, value: unknown): string | undefined {
  const schema = paramShape(spec);
  const key = shapeKey(schema);
  let check = checks.get(key);
  if (!check) {
    built ??= BUNDLED ? precompiledParamShapes() : new Map();
    const validate = built.get(key);
    const compiled = validate !== undefined ? { ok: true as const, validate } : compileSchema(schema);
    check = compiled.ok
      ? (v: unknown) => (compiled.validate(v) ? undefined : (compiled.validate.errors ?? []).map((e) => `${e.instancePath === "" ? "" : `${e.instancePath.slice(1).replace(/\//g, ".")} `}${errorMessage(e)}`).join("; ") || "invalid value")
      : () => `the param's declared type is not a valid JSON Schema: ${compiled.message}`;
    checks.set(key, check);
  }
  return check(value);
}

/** The schema of CEL `params`: every declared param, nothing else. */
export function paramsObjectSchema(params: Readonly<Record<string, ParamSpec>>): FieldSchema {
  return {
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(params).map(([name, spec]) => [name, paramSchema(spec)])),
  };
}
