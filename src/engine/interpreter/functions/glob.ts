import { celFunc, celMethod, CelScalar, listType } from "@bufbuild/cel";
import { globMatcher, globMatches as matches } from "../../functions/glob.js";
import { stringList } from "./support/cel-args.js";

const { BOOL, DYN, STRING } = CelScalar;

/** `path.globMatches(pattern)` (../../functions/glob.ts). */
export const globMatches = celMethod("globMatches", STRING, [STRING], BOOL, function (pattern) {
  return matches(this, pattern);
});

/** `globMatchesAny(path, patterns)`: whether the string matches at least one glob of the list. */
export const globMatchesAny = celFunc("globMatchesAny", [STRING, listType(DYN)], BOOL, (path, patterns) =>
  stringList("globMatchesAny", "patterns", patterns).some((pattern) => globMatcher("globMatchesAny", pattern).test(path)),
);
