import { celFunc, celMethod, CelScalar, listType } from "@bufbuild/cel";
import { globMatches as matches, globMatchesAny as matchesAny } from "../../functions/glob.js";
import { stringList } from "./support/cel-args.js";

const { BOOL, DYN, STRING } = CelScalar;

/** `path.globMatches(pattern)` (../../functions/glob.ts). */
export const globMatches = celMethod("globMatches", STRING, [STRING], BOOL, function (pattern) {
  return matches(this, pattern);
});

/** `globMatchesAny(path, patterns)`: whether the string matches at least one glob of the list. */
export const globMatchesAny = celFunc("globMatchesAny", [STRING, listType(DYN)], BOOL, (path, patterns) => matchesAny(path, stringList("globMatchesAny", "patterns", patterns)));
