import { celFunc, CelScalar, isCelList, isCelMap } from "@bufbuild/cel";
import { isCelMarker } from "./unknown.js";

/**
 * `known(x, fallback)`: `x`, or `fallback` when `x` is (or holds) a value that cannot be known
 * statically. Unlike `isUnknown`, the policy decides what an unknown value means here, so reads
 * of `x` through it never make the check unknown: `known(subject.bucket, '')` treats a bucket
 * name built from variables as no name at all (see docs/functions.md).
 */
export const known = celFunc("known", [CelScalar.DYN, CelScalar.DYN], CelScalar.DYN, (value, fallback) => (holdsMarker(value, 0) ? fallback : value));

/** Deeper than any document norecur reads (nesting is bounded at 256). */
const MAX_DEPTH = 300;

function holdsMarker(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return true;
  if (isCelMarker(value)) return true;
  if (isCelMap(value)) {
    for (const [, member] of value) if (holdsMarker(member, depth + 1)) return true;
    return false;
  }
  if (isCelList(value)) {
    for (const member of value) if (holdsMarker(member, depth + 1)) return true;
  }
  return false;
}
