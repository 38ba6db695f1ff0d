import { isExpressionMarker } from "../formats/hcl/value.js";
import { isRecord, ownValue } from "../plain-data.js";

/** One instance of a resource block: its key (`[0]`, `["a"]`), if the block is repeated, and its values. */
export interface ResourceInstance {
  key?: number | string;
  body: unknown;
}

/**
 * Most instances a `count` or `for_each` is expanded into. Past it the block stays one subject
 * whose `count.index` / `each.*` references are unknown (SECURITY.md).
 */
export const MAX_RESOURCE_INSTANCES = 100;

/**
 * The instances Terraform creates for a resource block, when the module's literals decide them:
 * `count = 3` gives `[0]`, `[1]`, `[2]` with `count.index` known; `for_each` over a literal map
 * (a `local` or a variable default resolved to one) gives one instance per key with `each.key`
 * and `each.value` (and `each.value.x`) known. Anything else is the block itself, as before:
 * one subject, whose references to the instance stay unknown. A reference used inside a larger
 * expression (`"web-${count.index}"`) stays an expression.
 */
export function resourceInstances(body: unknown): ResourceInstance[] {
  if (!isRecord(body)) return [{ body }];
  const count = ownValue(body, "count");
  if (typeof count === "number" && Number.isInteger(count) && count >= 1 && count <= MAX_RESOURCE_INSTANCES) {
    return Array.from({ length: count }, (_, index) => ({ key: index, body: substituted(body, (text) => (text === "count.index" ? { value: index } : undefined)) }));
  }
  const forEach = ownValue(body, "for_each");
  if (isRecord(forEach) && !isExpressionMarker(forEach)) {
    const keys = Object.keys(forEach);
    if (keys.length >= 1 && keys.length <= MAX_RESOURCE_INSTANCES) {
      return keys.map((key) => ({ key, body: substituted(body, (text) => eachReference(text, key, forEach[key])) }));
    }
  }
  return [{ body }];
}

/** `[0]` or `["key"]`, as Terraform writes an instance's key in its address. */
export function instanceSuffix(key: number | string | undefined): string {
  if (key === undefined) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/** `each.key`, `each.value`, `each.value.a.b`, `each.value["a"]`: the value it names, when the path exists. */
function eachReference(text: string, key: string, value: unknown): { value: unknown } | undefined {
  if (text === "each.key") return { value: key };
  if (!text.startsWith("each.value")) return undefined;
  let rest = text.slice("each.value".length);
  let current = value;
  while (rest !== "") {
    const step = /^\.([A-Za-z_][\w-]*)|^\["([^"\\]*)"\]|^\[(\d+)\]/.exec(rest);
    if (step === null) return undefined;
    const name = step[1] ?? step[2];
    if (name !== undefined) {
      if (!isRecord(current) || isExpressionMarker(current) || !Object.hasOwn(current, name)) return undefined;
      current = current[name];
    } else {
      if (!Array.isArray(current)) return undefined;
      current = current[Number(step[3])];
      if (current === undefined) return undefined;
    }
    rest = rest.slice(step[0].length);
  }
  return { value: current };
}

/** A copy of `value` with whole-expression markers replaced where `lookup` knows them. */
function substituted(value: unknown, lookup: (text: string) => { value: unknown } | undefined): unknown {
  if (isExpressionMarker(value)) {
    const found = lookup(value.$expr.trim());
    return found === undefined ? value : found.value;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => substituted(item, lookup));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (isRecord(value)) {
    let copy: Record<string, unknown> | undefined;
    for (const [key, child] of Object.entries(value)) {
      const next = substituted(child, lookup);
      if (next === child) continue;
      copy ??= { ...value };
      Object.defineProperty(copy, key, { value: next, writable: true, enumerable: true, configurable: true });
    }
    return copy ?? value;
  }
  return value;
}
