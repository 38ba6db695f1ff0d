import { celMethod, CelScalar } from "@bufbuild/cel";
import type { RE2JS } from "re2js";
import { vendored } from "../../vendor.js";
import { BoundedCache } from "../../bounded-cache.js";

const { STRING } = CelScalar;

/** Longest regular expression accepted. RE2 matches in linear time, but compiling is not free. */
export const MAX_REGEX_LENGTH = 8192;

const compiled = new BoundedCache<string, RE2JS>(512);

/**
 * Compiles an RE2 pattern, cached. RE2 has no backreferences or lookaround, which is what
 * makes its matching linear-time; patterns using them are refused with a clear error.
 * @param fn - The CEL function asking, named in error messages.
 * @throws Error naming the problem, for an invalid or oversized pattern.
 */
export function compileRegex(fn: string, pattern: string): RE2JS {
  if (pattern.length > MAX_REGEX_LENGTH) {
    throw new Error(`${fn}: regular expression is longer than ${MAX_REGEX_LENGTH} characters`);
  }
  try {
    return compiled.getOrCreate(pattern, (source) => vendored.re2js().RE2JS.compile(source));
  } catch (error) {
    if (error instanceof vendored.re2js().RE2JSSyntaxException) {
      throw new Error(`${fn}: invalid regular expression ${JSON.stringify(pattern)}: ${error.getDescription()}`);
    }
    throw error;
  }
}

/**
 * The engine behind CEL's standard `matches()`, passed to `celEnv({ re2 })`. Standard CEL
 * semantics: true when the pattern matches any part of the string.
 */
export const re2Engine = {
  compile(pattern: string): { test(text: string): boolean } {
    const re = compileRegex("matches", pattern);
    return { test: (text: string) => re.test(text) };
  },
};

/** `s.regexFind(pattern)`: the first (leftmost) match of the pattern in the string, or `""`. */
export const regexFind = celMethod("regexFind", STRING, [STRING], STRING, function (pattern) {
  const match: unknown = compileRegex("regexFind", pattern).exec(this)?.[0];
  return typeof match === "string" ? match : "";
});
