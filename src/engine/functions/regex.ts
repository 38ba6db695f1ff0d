import type { RE2JS } from "re2js";
import { vendored } from "../../vendor.js";
import { BoundedCache } from "../../bounded-cache.js";
import { affordable, jsEquivalent } from "./support/js-regex.js";

/** Longest regular expression accepted. RE2 matches in linear time, but compiling is not free. */
export const MAX_REGEX_LENGTH = 8192;

/** A compiled pattern, searched for anywhere in a text as RE2 searches. */
export interface Regex {
  test(text: string): boolean;
  /** The first (leftmost) match, or undefined. */
  find(text: string): string | undefined;
}

const compiled = new BoundedCache<string, Regex>(512);

/**
 * Compiles an RE2 pattern, cached. RE2 has no backreferences or lookaround, which is what
 * makes its matching linear-time; patterns using them are refused with a clear error. A pattern
 * JavaScript reads exactly as RE2 does is matched by a RegExp while its worst case for the text
 * at hand stays within budget (js-regex.ts); RE2 (re2js) is loaded for the rest.
 * @param fn - The CEL function asking, named in error messages.
 * @throws Error naming the problem, for an invalid or oversized pattern.
 */
export function compileRegex(fn: string, pattern: string): Regex {
  if (pattern.length > MAX_REGEX_LENGTH) {
    throw new Error(`${fn}: regular expression is longer than ${MAX_REGEX_LENGTH} characters`);
  }
  return compiled.getOrCreate(pattern, (source) => {
    const js = jsEquivalent(source);
    if (js === undefined) return re2Regex(compileRe2(fn, source));
    let re2: Regex | undefined;
    const slow = (): Regex => (re2 ??= re2Regex(compileRe2(fn, source)));
    return {
      test: (text) => (affordable(js, text) ? js.regex.test(text) : slow().test(text)),
      find: (text) => (affordable(js, text) ? js.regex.exec(text)?.[0] : slow().find(text)),
    };
  });
}

function compileRe2(fn: string, pattern: string): RE2JS {
  try {
    return vendored.re2js().RE2JS.compile(pattern);
  } catch (error) {
    if (error instanceof vendored.re2js().RE2JSSyntaxException) {
      throw new Error(`${fn}: invalid regular expression ${JSON.stringify(pattern)}: ${error.getDescription()}`);
    }
    throw error;
  }
}

function re2Regex(re: RE2JS): Regex {
  return {
    test: (text) => re.test(text),
    find: (text) => {
      const match: unknown = re.exec(text)?.[0];
      return typeof match === "string" ? match : undefined;
    },
  };
}

/**
 * The engine behind CEL's standard `matches()`, passed to `celEnv({ re2 })`. Standard CEL
 * semantics: true when the pattern matches any part of the string.
 */
export const re2Engine = {
  compile(pattern: string): { test(text: string): boolean } {
    return compileRegex("matches", pattern);
  },
};

/** `s.regexFind(pattern)`: the first (leftmost) match of the pattern in the string, or `""`. */
export function regexFind(text: string, pattern: string): string {
  return compileRegex("regexFind", pattern).find(text) ?? "";
}
