import { type ExpressionMarker } from "./value.js";
/**
 * Largest value (in nodes, shared parts counted each time they appear) and deepest nesting a
 * local may have and still be substituted. Each local may use the previous one twice
 * (`l1 = [local.l0, local.l0]`), so sixty lines can describe 2^60 nodes; past the bound the
 * reference stays a marker, i.e. unknown.
 */
export declare const MAX_RESOLVED_NODES = 10000;
export declare const MAX_RESOLVED_DEPTH = 64;
/**
 * Replaces `{ "$expr": "var.x" }` by the literal `default` of variable `x`,
 * `{ "$expr": "local.x" }` by the literal value of local `x`, both declared in `module`, and
 * `merge(...)` by the merged object once its arguments are objects after that (`module` is
 * the values of the module's `.tf` files; the file itself when omitted). Anything else,
 * including `var.x.y`, interpolations and variables without a literal default, stays a
 * marker: it is unknown. The result is a copy; paths, and so `locate`, are unchanged.
 *
 * A default is what Terraform uses only when no `.tfvars`, `-var` or module argument sets
 * the variable, so a resolved value is the module's own default, not necessarily the
 * deployed one.
 */
export declare function resolveLiterals(value: unknown, module?: readonly unknown[]): unknown;
/**
 * A copy of `value` with each expression marker replaced by what `lookup` knows of it (left as
 * it is when `lookup` gives undefined). Unchanged parts are shared, not copied, and keys are set
 * as own properties, so `__proto__` stays data.
 */
export declare function replaceExpressions(value: unknown, lookup: (marker: ExpressionMarker) => {
    value: unknown;
} | undefined): unknown;
