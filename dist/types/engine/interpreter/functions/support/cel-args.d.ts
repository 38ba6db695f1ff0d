import { type CelValue } from "@bufbuild/cel";
/**
 * Helpers that narrow dynamically typed CEL arguments. Policy data comes from YAML and JSON,
 * so an argument declared `dyn` may hold anything; each helper throws an Error whose message
 * becomes the CEL error the policy author sees.
 */
/** The CEL name of a value's type, for error messages: `int`, `double`, `list`, `map`, ... */
export declare function typeName(value: CelValue): string;
/** The elements of a list argument, each required to be a string. */
export declare function stringList(fn: string, what: string, value: CelValue): string[];
/**
 * A whole number. YAML numbers reach CEL as doubles (`90` in params is `90.0`), so an integral
 * double is accepted wherever an int is meant.
 */
export declare function integer(fn: string, what: string, value: CelValue): bigint;
