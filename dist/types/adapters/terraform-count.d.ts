/**
 * How many instances `count` makes with the module's literals (after a caller's arguments):
 * `count = 2`, `count = var.create ? 1 : 0`, `count = local.enabled ? length(var.rules) : 0`.
 * Undefined when there is no `count` or it cannot be computed from literals.
 */
export declare function countOf(body: unknown, files: readonly unknown[]): number | undefined;
/**
 * The keys `for_each` iterates with the module's literals: a map's entries, or a set of strings
 * (`toset([...])`) as keys and values alike. Undefined when there is no `for_each` or it cannot
 * be computed from literals.
 */
export declare function forEachOf(body: unknown, files: readonly unknown[]): Record<string, unknown> | undefined;
/**
 * Whether a resource block creates no instance with the module's defaults (and a caller's
 * literal arguments): `count` computing to 0 (`count = var.create_x ? 1 : 0` whose variable
 * defaults to false, `length(var.rules)` of an empty default) or `for_each` over an empty
 * collection. Anything not decidable from literals counts as created, so a resource is never
 * dropped on a guess.
 */
export declare function createsNoInstance(body: unknown, files: readonly unknown[]): boolean;
