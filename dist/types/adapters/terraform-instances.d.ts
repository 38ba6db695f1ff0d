import { type InstanceScope } from "./terraform-expression.js";
/** One instance of a resource block: its key (`[0]`, `["a"]`), if the block is repeated, its values and its scope. */
export interface ResourceInstance {
    key?: number | string;
    body: unknown;
    scope: InstanceScope;
}
/**
 * Most instances a `count` or `for_each` is expanded into. Past it the block stays one subject
 * whose `count.index` / `each.*` references are unknown (SECURITY.md).
 */
export declare const MAX_RESOURCE_INSTANCES = 100;
/**
 * The instances Terraform creates for a resource block, when the module's literals decide them
 * (see terraform-count.ts): `count` of 3 gives `[0]`, `[1]`, `[2]` with `count.index` known;
 * `for_each` over a map gives one instance per key with `each.key` and `each.value` known,
 * over a set of strings one per string. Every attribute expression the evaluator understands
 * (terraform-expression.ts) is computed in the instance's scope: `count.index`,
 * `var.rules[var.names[count.index]][0]`, `each.value.port`, `var.public ? true : false`.
 * Anything else stays an expression (unknown when a policy reads it). A block whose
 * instances cannot be counted from literals is one subject, evaluated without an instance.
 */
export declare function resourceInstances(body: unknown, files: readonly unknown[]): ResourceInstance[];
/** An evaluated expression's value, or undefined when the evaluator could not compute it. */
export declare function known(value: unknown): {
    value: unknown;
} | undefined;
/** `[0]` or `["key"]`, as Terraform writes an instance's key in its address. */
export declare function instanceSuffix(key: number | string | undefined): string;
