import type { Subject } from "../types.js";
import type { CelProgram } from "./cel-env.js";
type Syntax = NonNullable<CelProgram["syntax"]>;
type Expr = NonNullable<Syntax["expr"]>;
/** A field of `subject` or `meta` compared with string literals: `subject.kind == 'StatefulSet'`, `meta.type in ['a', 'b']`. */
interface Guard {
    variable: "subject" | "meta";
    path: string[];
    values: ReadonlySet<string>;
}
/** Decides, without CEL, that a subject fails a filter; `undefined` when it may pass. */
export type GuardCheck = (values: {
    subject: unknown;
    meta: unknown;
}) => false | undefined;
/**
 * A plain-JavaScript pre-check for a `where` filter whose top-level conjunction compares a field
 * with string literals, directly or in each operand of a disjunction ({@link guardsOfExpr}). When
 * such a field holds a string outside the literals, the conjunction is false whatever its other
 * operands hold (CEL's `&&` is false with any false operand, errors and unknown values included),
 * so the subject is skipped before bindings are built and CEL runs. A field that is absent, not a
 * string or an unknown marker leaves the decision to CEL.
 */
export declare function literalGuard(program: CelProgram): GuardCheck | undefined;
/**
 * The subjects `program`'s literal guards do not refute, in their order: those {@link literalGuard}
 * leaves to CEL. Twenty-five Terraform policies each walking every resource to compare its
 * `meta.type` cost more than their `where` filters; the resources are grouped once by the value
 * of the first guard's field instead, and a policy takes the groups it names.
 */
export declare function unrefuted(program: CelProgram, subjects: readonly Subject[]): readonly Subject[];
/**
 * The strings a parsed filter's top-level conjunction lets `variable.path` hold (`subject.kind`):
 * where the field holds any other string, the filter is false. `undefined` when no conjunct
 * compares the field with literals. Several such conjuncts admit what they all admit.
 */
export declare function admittedStrings(expr: Expr | undefined, variable: Guard["variable"], path: readonly string[]): ReadonlySet<string> | undefined;
export {};
