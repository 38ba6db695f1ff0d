import { isExpressionMarker } from "../formats/hcl/value.js";
import { setOwn } from "../formats/line-ranges.js";
import { isRecord } from "../plain-data.js";
import { evaluateExpression } from "./terraform-expression.js";

/**
 * How many instances `count` makes with the module's literals (after a caller's arguments):
 * `count = 2`, `count = var.create ? 1 : 0`, `count = local.enabled ? length(var.rules) : 0`.
 * Undefined when there is no `count` or it cannot be computed from literals.
 */
export function countOf(body: unknown, files: readonly unknown[]): number | undefined {
  if (!isRecord(body)) return undefined;
  const count = body["count"];
  const value = isExpressionMarker(count) ? evaluateExpression(count.$expr, files) : count;
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * The keys `for_each` iterates with the module's literals: a map's entries, or a set of strings
 * (`toset([...])`) as keys and values alike. Undefined when there is no `for_each` or it cannot
 * be computed from literals.
 */
export function forEachOf(body: unknown, files: readonly unknown[]): Record<string, unknown> | undefined {
  if (!isRecord(body) || body["for_each"] === undefined) return undefined;
  const forEach = body["for_each"];
  const value = isExpressionMarker(forEach) ? evaluateExpression(forEach.$expr, files) : forEach;
  if (Array.isArray(value)) {
    if (!value.every((item) => typeof item === "string")) return undefined;
    const set: Record<string, unknown> = {};
    for (const item of value as string[]) setOwn(set, item, item);
    return set;
  }
  return isRecord(value) && !isExpressionMarker(value) ? value : undefined;
}

/**
 * Whether a resource block creates no instance with the module's defaults (and a caller's
 * literal arguments): `count` computing to 0 (`count = var.create_x ? 1 : 0` whose variable
 * defaults to false, `length(var.rules)` of an empty default) or `for_each` over an empty
 * collection. Anything not decidable from literals counts as created, so a resource is never
 * dropped on a guess.
 */
export function createsNoInstance(body: unknown, files: readonly unknown[]): boolean {
  if (countOf(body, files) === 0) return true;
  const forEach = forEachOf(body, files);
  return forEach !== undefined && Object.keys(forEach).length === 0;
}
