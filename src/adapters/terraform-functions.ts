import { holdsExpression } from "../formats/hcl/value.js";
import { setOwn } from "../formats/line-ranges.js";
import { isRecord } from "../plain-data.js";

/**
 * Terraform's list, map and string functions that registry modules use to shape their inputs
 * (`concat(var.a, var.b)`, `compact(split(",", lookup(r, "cidr_blocks", "")))`, `keys(var.m)`),
 * computed as Terraform computes them on known values. `undefined` where the function is not one
 * of these, an argument is not known whole (it holds an expression), or Terraform would fail
 * (wrong types, `element` of an empty list): the caller then keeps the expression unknown.
 */
export function collectionFunction(name: string, args: readonly unknown[]): unknown {
  if (args.some((arg) => holdsExpression(arg))) return undefined;
  const compute = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  return compute?.(args);
}

type Compute = (args: readonly unknown[]) => unknown;

const isList = Array.isArray as (value: unknown) => value is unknown[];
const isString = (value: unknown): value is string => typeof value === "string";
const isPrimitive = (value: unknown): value is string | number | boolean => ["string", "number", "boolean"].includes(typeof value);
/** Primitives of one type: Terraform would convert a mix (`[1, "1"]`) to one type first. */
const isUniform = (list: readonly unknown[]): boolean => list.every((item) => isPrimitive(item) && typeof item === typeof list[0]);
/** ASCII text, whose case mapping is the same in every implementation. */
const isAscii = (value: unknown): value is string => isString(value) && !/[^\x00-\x7f]/.test(value);

/** Terraform orders map keys lexicographically by their UTF-8 bytes. */
function sortedKeys(map: Record<string, unknown>): string[] {
  return Object.keys(map).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

const FUNCTIONS: Readonly<Record<string, Compute>> = {
  concat: (args) => (args.length >= 1 && args.every(isList) ? args.flatMap((list) => list) : undefined),
  flatten: ([list, ...rest]) => {
    if (rest.length > 0 || !isList(list)) return undefined;
    const flat = (items: readonly unknown[]): unknown[] => items.flatMap((item) => (isList(item) ? flat(item) : [item]));
    return flat(list);
  },
  // Empty strings and nulls removed; every element must be a string or null.
  compact: ([list, ...rest]) => (rest.length === 0 && isList(list) && list.every((item) => item === null || isString(item)) ? list.filter((item) => item !== null && item !== "") : undefined),
  distinct: ([list, ...rest]) => (rest.length === 0 && isList(list) && isUniform(list) ? [...new Set(list)] : undefined),
  contains: ([list, value, ...rest]) => (rest.length === 0 && isList(list) && isUniform([value, ...list]) ? list.includes(value) : undefined),
  // The index wraps around the list's length; a negative index or an empty list is an error.
  element: ([list, index, ...rest]) =>
    rest.length === 0 && isList(list) && list.length > 0 && typeof index === "number" && Number.isInteger(index) && index >= 0 ? list[index % list.length] : undefined,
  keys: ([map, ...rest]) => (rest.length === 0 && isRecord(map) ? sortedKeys(map) : undefined),
  values: ([map, ...rest]) => (rest.length === 0 && isRecord(map) ? sortedKeys(map).map((key) => map[key]) : undefined),
  join: ([separator, ...lists]) => (isString(separator) && lists.length >= 1 && lists.every((list) => isList(list) && list.every(isString)) ? (lists as string[][]).flat().join(separator) : undefined),
  // An empty separator splits into characters by Go's rules; that is left unknown.
  split: ([separator, text, ...rest]) => (rest.length === 0 && isString(separator) && separator !== "" && isString(text) ? text.split(separator) : undefined),
  tolist: ([list, ...rest]) => (rest.length === 0 && isList(list) ? list : undefined),
  tomap: ([map, ...rest]) => (rest.length === 0 && isRecord(map) ? map : undefined),
  lower: ([text, ...rest]) => (rest.length === 0 && isAscii(text) ? text.toLowerCase() : undefined),
  upper: ([text, ...rest]) => (rest.length === 0 && isAscii(text) ? text.toUpperCase() : undefined),
  zipmap: ([keys, values, ...rest]) => {
    if (rest.length > 0 || !isList(keys) || !isList(values) || keys.length !== values.length || !keys.every(isString) || new Set(keys).size !== keys.length) return undefined;
    const map: Record<string, unknown> = {};
    keys.forEach((key, i) => setOwn(map, key, values[i]));
    return map;
  },
};
