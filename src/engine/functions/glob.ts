import { celFunc, celMethod, CelScalar, listType } from "@bufbuild/cel";
import { BoundedCache } from "../../bounded-cache.js";
import { stringList } from "./support/cel-args.js";
import { compileGlob, type GlobMatcher } from "./support/glob-matcher.js";

const { BOOL, DYN, STRING } = CelScalar;

const compiled = new BoundedCache<string, GlobMatcher>(512);

function glob(fn: string, pattern: string): GlobMatcher {
  try {
    return compiled.getOrCreate(pattern, compileGlob);
  } catch (error) {
    throw new Error(`${fn}: invalid glob ${JSON.stringify(pattern)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `path.globMatches(pattern)`: whether the string matches the glob (micromatch syntax, dotfiles included). */
export const globMatches = celMethod("globMatches", STRING, [STRING], BOOL, function (pattern) {
  return glob("globMatches", pattern).test(this);
});

/** `globMatchesAny(path, patterns)`: whether the string matches at least one glob of the list. */
export const globMatchesAny = celFunc("globMatchesAny", [STRING, listType(DYN)], BOOL, (path, patterns) =>
  stringList("globMatchesAny", "patterns", patterns).some((pattern) => glob("globMatchesAny", pattern).test(path)),
);
