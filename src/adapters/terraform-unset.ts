import { setOwn } from "../formats/line-ranges.js";
import { isRecord } from "../plain-data.js";

/**
 * `attribute = null` in Terraform means "not set": the provider's default applies, exactly as
 * when the line is missing. Dropping such attributes (in nested blocks too) lets a policy's
 * `has(subject.x)` mean "set" in `.tf` files as it does in plans, which leave nulls out.
 * List elements are kept: a null element is a value of the list.
 */
export function withoutNullAttributes(value: unknown): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const next = withoutNullAttributes(item);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items : value;
  }
  if (!isRecord(value)) return value;
  let out: Record<string, unknown> | undefined;
  for (const [key, child] of Object.entries(value)) {
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
