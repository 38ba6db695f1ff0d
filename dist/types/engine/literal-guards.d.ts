import type { Subject } from "../types.js";
import type { CelProgram } from "./cel-env.js";
/** Decides, without CEL, that a subject fails a filter; `undefined` when it may pass. */
export type GuardCheck = (values: {
    subject: unknown;
    meta: unknown;
}) => false | undefined;
/**
 * A plain-JavaScript pre-check for a `where` filter whose top-level conjunction compares a field
 * with string literals. When such a field holds a string outside the literals, the conjunction is
 * false whatever its other operands hold (CEL's `&&` is false with any false operand, errors and
 * unknown values included), so the subject is skipped before bindings are built and CEL runs. A
 * field that is absent, not a string or an unknown marker leaves the decision to CEL.
 */
export declare function literalGuard(program: CelProgram): GuardCheck | undefined;
/**
 * The subjects `program`'s literal guards do not refute, in their order: those {@link literalGuard}
 * leaves to CEL. Twenty-five Terraform policies each walking every resource to compare its
 * `meta.type` cost more than their `where` filters; the resources are grouped once by the value
 * of the first guard's field instead, and a policy takes the groups it names.
 */
export declare function unrefuted(program: CelProgram, subjects: readonly Subject[]): readonly Subject[];
