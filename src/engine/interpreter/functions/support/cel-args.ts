import { celType, isCelList, isCelMap, type CelValue } from "@bufbuild/cel";

/**
 * Helpers that narrow dynamically typed CEL arguments. Policy data comes from YAML and JSON,
 * so an argument declared `dyn` may hold anything; each helper throws an Error whose message
 * becomes the CEL error the policy author sees.
 */

/** The CEL name of a value's type, for error messages: `int`, `double`, `list`, `map`, ... */
export function typeName(value: CelValue): string {
  if (isCelList(value)) return "list";
  if (isCelMap(value)) return "map";
  return celType(value).name;
}

/** The elements of a list argument, each required to be a string. */
export function stringList(fn: string, what: string, value: CelValue): string[] {
  if (!isCelList(value)) throw new Error(`${fn}: ${what} must be a list of strings, got ${typeName(value)}`);
  const out: string[] = [];
  let index = 0;
  for (const element of value) {
    if (typeof element !== "string") {
      throw new Error(`${fn}: ${what}[${index}] must be a string, got ${typeName(element)}`);
    }
    out.push(element);
    index += 1;
  }
  return out;
}

/**
 * A whole number. YAML numbers reach CEL as doubles (`90` in params is `90.0`), so an integral
 * double is accepted wherever an int is meant.
 */
export function integer(fn: string, what: string, value: CelValue): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  const shown = typeof value === "number" ? String(value) : typeName(value);
  throw new Error(`${fn}: ${what} must be a whole number, got ${shown}`);
}
