/**
 * `isUnknown(x)`: whether `x` is a value that cannot be known statically (`{ "$expr": ... }`
 * from a parser, `{ "$unknown": ... }` from an adapter). Writing it tells the evaluator that
 * the policy handles the unknown itself: reads of `x` no longer make the check unknown by
 * themselves, but a check that then fails while `x` was unknown is still reported unknown,
 * never a failure (see docs/functions.md).
 */
export declare const isUnknown: import("@bufbuild/cel").CelFunc;
/** Whether a CEL value is an unknown marker: a map of one `$expr` or `$unknown` string. */
export declare function isCelMarker(value: unknown): boolean;
