import micromatch from "micromatch";

/** A compiled matcher for a set of globs (dot files included), built once and reused per file. */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const matchers = patterns.map((p) => micromatch.matcher(p, { dot: true }));
  return (path) => matchers.some((match) => match(path));
}
