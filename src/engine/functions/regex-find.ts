import { celMethod, CelScalar } from "@bufbuild/cel";
import { compileRegex } from "./regex.js";

const { STRING } = CelScalar;

/** `s.regexFind(pattern)`: the first (leftmost) match of the pattern in the string, or `""`. */
export const regexFind = celMethod("regexFind", STRING, [STRING], STRING, function (pattern) {
  return compileRegex("regexFind", pattern).find(this) ?? "";
});
