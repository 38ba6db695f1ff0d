/**
 * Whether a resource block creates no instance with the module's defaults (and a caller's
 * literal arguments): `count = 0`, `for_each` over an empty literal, or the feature-flag idiom
 * `count = var.create_x ? 1 : 0` whose variable defaults to false. Anything not decidable from
 * literals counts as created, so a resource is never dropped on a guess.
 */
export declare function createsNoInstance(body: unknown, files: readonly unknown[]): boolean;
