import { mapChildren } from "../formats/hcl/map-children.js";

/**
 * `attribute = null` in Terraform means "not set": the provider's default applies, exactly as
 * when the line is missing. Dropping such attributes (in nested blocks too) lets a policy's
 * `has(subject.x)` mean "set" in `.tf` files as it does in plans, which leave nulls out.
 * List elements are kept: a null element is a value of the list.
 */
export function withoutNullAttributes(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const mapped = mapChildren(value, withoutNullAttributes, undefined, undefined);
  if (Array.isArray(mapped)) return mapped;
  const record = mapped as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key in record) {
    if (record[key] !== null) continue;
    // A copy made by the walk is this function's own to change.
    out ??= record === value ? { ...record } : record;
    delete out[key];
  }
  return out ?? record;
}
