/**
 * The values `FROM` sees of the global `ARG`s, declared in order as `[name, default]` (undefined:
 * no default). A default may use earlier ARGs (`ARG IMAGE=debian:${VERSION}`). `overrides` are
 * what the build sets instead (a Bake target's args); undefined where only the build decides, or
 * where a default or override cannot be expanded.
 */
export declare function globalArgValues(declarations: Iterable<readonly [string, string | undefined]>, escape: string, overrides?: ReadonlyMap<string, string | undefined>): Map<string, string | undefined>;
