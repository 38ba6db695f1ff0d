import { celFunc, CelScalar, isCelMap } from "@bufbuild/cel";

/**
 * `isUnknown(x)`: whether `x` is a value that cannot be known statically (`{ "$expr": ... }`
 * from a parser, `{ "$unknown": ... }` from an adapter). Writing it tells the evaluator that
 * the policy handles the unknown itself: reads of `x` no longer make the check unknown by
 * themselves, but a check that then fails while `x` was unknown is still reported unknown,
 * never a failure (see docs/functions.md).
 */
export const isUnknown = celFunc("isUnknown", [CelScalar.DYN], CelScalar.BOOL, (value) => isCelMarker(value));

/** Whether a CEL value is an unknown marker: a map of one `$expr` or `$unknown` string. */
export function isCelMarker(value: unknown): boolean {
  if (!isCelMap(value) || value.size !== 1) return false;
  for (const key of ["$expr", "$unknown"]) if (typeof value.get(key) === "string") return true;
  return false;
}
