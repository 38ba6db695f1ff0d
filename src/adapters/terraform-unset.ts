import { setOwn } from "../formats/line-ranges.js";
import { isRecord } from "../plain-data.js";

/**
 * `attribute = null` in Terraform means "not set": the provider's default applies, exactly as
 * when the line is missing. Dropping such attributes (in nested blocks too) lets a policy's
 * `has(subject.x)` mean "set" in `.tf` files as it does in plans, which leave nulls out.
 * List elements are kept: a null element is a value of the list.
 */
export function withoutNullAttributes(value: unknown): unknown {
  // Copies are made on the first change only, and scalars are not visited: this walks every
  // resource of every module instance, and most hold no null.
  if (Array.isArray(value)) {
    let items: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== "object" || item === null) continue;
      const next = withoutNullAttributes(item);
      if (next === item) continue;
      items ??= value.slice();
      items[i] = next;
    }
    return items ?? value;
  }
  if (!isRecord(value)) return value;
  let out: Record<string, unknown> | undefined;
  // Parsed and evaluated data have no inherited enumerable keys (the run guards Object.prototype),
  // so `in` lists exactly the own keys, in Object.entries' order.
  for (const key in value) {
    const child = value[key];
    if (typeof child !== "object") continue;
    if (child === null) {
      out ??= { ...value };
      delete out[key];
      continue;
    }
    const next = withoutNullAttributes(child);
    if (next !== child) setOwn((out ??= { ...value }), key, next);
  }
  return out ?? value;
}
