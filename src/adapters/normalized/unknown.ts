/**
 * Values that cannot be known statically. Parsers mark a non-literal expression as
 * `{ "$expr": "<source text>" }` (a Terraform `var.x` without a literal default, a computed PHP
 * value); adapters mark a normalized field they cannot decide as `{ "$unknown": "<reason>" }`.
 * The evaluator treats a check that reads either marker as `unknown`, never as a pass.
 */

/** A value that cannot be known statically. */
export type UnknownMarker = { $expr: string } | { $unknown: string };

/** The marker an adapter puts where a normalized field cannot be decided. */
export function unknownValue(reason: string): UnknownMarker {
  return { $unknown: reason };
}

/** Whether `value` is an unknown marker (exactly one key, `$expr` or `$unknown`, holding a string). */
export function isUnknown(value: unknown): value is UnknownMarker {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  // Most objects are data: without either key they are decided before their keys are listed.
  // `in`, not Object.hasOwn (a slow call here, on every object a check reads): nothing inherits
  // these keys, and the keys listed below are the object's own.
  if (!("$expr" in value) && !("$unknown" in value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const key = keys[0];
  return (key === "$expr" || key === "$unknown") && typeof (value as Record<string, unknown>)[key] === "string";
}

/** Why a marker is unknown, in words: the expression text or the adapter's reason. */
export function unknownReason(marker: UnknownMarker): string {
  return "$expr" in marker ? `\`${marker.$expr}\` is not a literal` : marker.$unknown;
}

/** The first unknown marker inside `value` (depth-first, arrays in order), with its relative path. */
export function findUnknown(value: unknown, limit = 10_000): { path: Array<string | number>; marker: UnknownMarker } | undefined {
  let budget = limit;
  const walk = (node: unknown, path: Array<string | number>): { path: Array<string | number>; marker: UnknownMarker } | undefined => {
    if (budget-- <= 0) return undefined;
    if (isUnknown(node)) return { path, marker: node };
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const hit = walk(node[i], [...path, i]);
        if (hit) return hit;
      }
    } else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        const hit = walk(child, [...path, key]);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  return walk(value, []);
}
