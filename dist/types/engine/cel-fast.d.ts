import type { ParsedCel } from "./cel-preparsed.js";
type Expr = NonNullable<ParsedCel["expr"]>;
/** CEL gives a value or an error value the fast path does not model: the interpreter decides. */
export declare const UNSURE: unique symbol;
/**
 * A plain-JavaScript evaluation of the filters most policies are made of: field selections,
 * `has()`, string and boolean comparisons, `in` over a list of strings, `!`, `&&`, `||` and
 * `?:`. It answers only where it is sure CEL (@bufbuild/cel, as configured in cel-env.ts) gives
 * the same boolean, or the same string for a message's `{{ }}` hole; anything else (numbers,
 * function calls, comprehensions, a missing field) is {@link UNSURE}, and the interpreter runs
 * as before. A CEL call costs about 4 µs per subject, mostly converting each object it reads
 * into a map; these filters decide for a fraction of that.
 *
 * `&&` and `||` follow the interpreter: left to right, stopping at the operand that decides,
 * with error values before it dropped; an operand that may throw ({@link HAZARD}) stops the
 * whole evaluation, as it stops CEL's.
 */
export declare function compileFast(expr: Expr | undefined): ((bindings: Readonly<Record<string, unknown>>) => boolean | string | typeof UNSURE) | undefined;
export {};
