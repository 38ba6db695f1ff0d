import type { ParsedCel } from "./cel-preparsed.js";
import { UNSURE, type Primitive } from "./cel-fast-values.js";
import { type Functions } from "./cel-fast-calls.js";
export { UNSURE } from "./cel-fast-values.js";
type Expr = NonNullable<ParsedCel["expr"]>;
/**
 * A plain-JavaScript evaluation of the expressions most policies are made of: field selections
 * and indexes, `has()`, comparisons, `in`, `!`, `&&`, `||`, `?:`, `+` of strings and lists,
 * comprehensions, and calls to the environment's functions (`functions`, found by name as the
 * interpreter finds them). It answers only where it is sure CEL (@bufbuild/cel, as configured
 * in cel-env.ts) gives the same boolean, or the same string for a message's `{{ }}` hole;
 * anything else (arithmetic, a missing field, a function given a list) is {@link UNSURE}, and
 * the interpreter runs as before. A CEL call costs about 4 µs per subject, mostly converting
 * each object it reads into a map; these expressions decide for a fraction of that.
 *
 * `&&` and `||` follow the interpreter: left to right, stopping at the operand that decides,
 * with error values before it dropped; an operand that may throw ({@link HAZARD}) stops the
 * whole evaluation, as it stops CEL's.
 */
export declare function compileFast(expr: Expr | undefined, functions?: Functions): ((bindings: Readonly<Record<string, unknown>>) => Primitive | typeof UNSURE) | undefined;
