import { celMethod, CelScalar } from "@bufbuild/cel";
import { regexFind as find } from "../../functions/regex.js";

const { STRING } = CelScalar;

/** `s.regexFind(pattern)` (../../functions/regex.ts). */
export const regexFind = celMethod("regexFind", STRING, [STRING], STRING, function (pattern) {
  return find(this, pattern);
});
