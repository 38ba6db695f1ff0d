import { substitute } from "./substitute.js";

/** The platform ARGs BuildKit defines in the global scope: their values depend on the build. */
const PLATFORM_ARGS = ["TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT"];

/**
 * The values `FROM` sees of the global `ARG`s, declared in order as `[name, default]` (undefined:
 * no default). A default may use earlier ARGs (`ARG IMAGE=debian:${VERSION}`). `overrides` are
 * what the build sets instead (a Bake target's args); undefined where only the build decides, or
 * where a default or override cannot be expanded.
 */
export function globalArgValues(
  declarations: Iterable<readonly [string, string | undefined]>,
  escape: string,
  overrides: ReadonlyMap<string, string | undefined> = new Map(),
): Map<string, string | undefined> {
  const known = new Map<string, string | undefined>(PLATFORM_ARGS.map((name) => [name, undefined]));
  for (const [name, fallback] of declarations) {
    if (overrides.has(name)) {
      known.set(name, overrides.get(name));
      continue;
    }
    const expanded = fallback === undefined ? undefined : substitute(fallback, known, escape);
    known.set(name, expanded?.ok === true ? expanded.text : undefined);
  }
  return known;
}
