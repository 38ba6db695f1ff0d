import type { FieldSchema } from "../adapters/normalized/schemas/field-schema.js";
import type { ParamSpec } from "../types.js";
/**
 * The JSON Schema a param's values must satisfy: `type` (and `items`, `enum`) as declared, or,
 * for policies that declare none, the JSON type of the default, so `formPaths: /x/` where the
 * default is a list is an error instead of a policy that silently turns `unknown`.
 */
export declare function paramSchema(spec: ParamSpec): FieldSchema;
/** A param's schema without its description: what its values are checked against (and the build compiles). */
export declare function paramShape(spec: ParamSpec): FieldSchema;
/** Why `value` is not a valid value of the param, or `undefined` when it is. */
export declare function paramValueProblem(spec: ParamSpec, value: unknown): string | undefined;
/** The schema of CEL `params`: every declared param, nothing else. */
export declare function paramsObjectSchema(params: Readonly<Record<string, ParamSpec>>): FieldSchema;
