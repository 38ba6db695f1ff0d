import { setOwn } from "../line-ranges.js";

/**
 * A list or an object with each child that is itself a list or an object replaced by what
 * `visit` gives for it (`a` and `b` passed along): copied on the first child that changes,
 * returned as it is when none does, scalars not visited. The walks over every resource of every
 * Terraform module instance (expressions replaced, `null` attributes dropped, dynamic blocks
 * expanded) leave most of a resource alone, and listing every object's entries or mapping every
 * list was most of their time. Keys are set as own properties, so `__proto__` stays data.
 */
export function mapChildren<A, B>(value: object, visit: (child: object, a: A, b: B) => unknown, a: A, b: B): object {
  if (Array.isArray(value)) {
    let items: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== "object" || item === null) continue;
      const next = visit(item, a, b);
      if (next === item) continue;
      items ??= value.slice();
      items[i] = next;
    }
    return items ?? value;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  // Parsed and evaluated data have no inherited enumerable keys (the run guards Object.prototype),
  // so `in` lists exactly the own keys, in Object.entries' order.
  for (const key in record) {
    const child = record[key];
    if (typeof child !== "object" || child === null) continue;
    const next = visit(child, a, b);
    if (next === child) continue;
    copy ??= { ...record };
    setOwn(copy, key, next);
  }
  return copy ?? value;
}
