/** One instance of a resource block: its key (`[0]`, `["a"]`), if the block is repeated, and its values. */
export interface ResourceInstance {
    key?: number | string;
    body: unknown;
}
/**
 * Most instances a `count` or `for_each` is expanded into. Past it the block stays one subject
 * whose `count.index` / `each.*` references are unknown (SECURITY.md).
 */
export declare const MAX_RESOURCE_INSTANCES = 100;
/**
 * The instances Terraform creates for a resource block, when the module's literals decide them:
 * `count = 3` gives `[0]`, `[1]`, `[2]` with `count.index` known; `for_each` over a literal map
 * (a `local` or a variable default resolved to one) gives one instance per key with `each.key`
 * and `each.value` (and `each.value.x`) known. Anything else is the block itself, as before:
 * one subject, whose references to the instance stay unknown. A reference used inside a larger
 * expression (`"web-${count.index}"`) stays an expression.
 */
export declare function resourceInstances(body: unknown): ResourceInstance[];
/** `[0]` or `["key"]`, as Terraform writes an instance's key in its address. */
export declare function instanceSuffix(key: number | string | undefined): string;
