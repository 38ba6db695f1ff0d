import { cidrContains, cidrOverlaps, isAllAddresses, isCidr } from "./functions/cidr.js";
import { domainMatches, domainMatchesAny, wildcardCovers } from "./functions/domain.js";
import { globMatches, globMatchesAny } from "./functions/glob.js";
import { regexFind } from "./functions/regex.js";
import type { Primitive } from "./cel-fast-values.js";

/*
 * Functions the fast path (cel-fast.ts) calls without loading the interpreter: the ones the
 * built-in policies call most on repositories' values (`lowerAscii()` alone made 18 of 25
 * public repositories and examples load the interpreter), each computed for scalars (and a list
 * of strings where the function takes one) exactly as the interpreter's function of that name
 * computes it: @bufbuild/cel's own (std/cast.js, std/logic.js, ext/strings.js) or norecur's
 * (functions/). Property tests hold every answer to the interpreter's on generated values.
 */


/** The answer is the interpreter's to give: these arguments reach an overload not written here. */
export const NOT_NATIVE: unique symbol = Symbol("not native");

/**
 * A function's answer for a target (a method's receiver, or undefined) and arguments, as the fast
 * path holds them (primitives, arrays, plain objects): its value; undefined when it has no
 * overload for their types, as the interpreter's gives; or {@link NOT_NATIVE}. Throws the Error
 * the interpreter turns into CEL's error value.
 */
export type NativeCall = (target: unknown, args: readonly unknown[]) => Primitive | readonly string[] | undefined | typeof NOT_NATIVE;

/** A method of strings with no argument (`s.lowerAscii()`); no overload for anything else. */
function stringMethod(apply: (self: string) => Primitive): NativeCall {
  return (target, args) => (typeof target === "string" && args.length === 0 ? apply(target) : undefined);
}

/** A method of strings taking one string (`s.contains(t)`). */
function stringMethod1(apply: (self: string, arg: string) => Primitive): NativeCall {
  return (target, args) => (typeof target === "string" && args.length === 1 && typeof args[0] === "string" ? apply(target, args[0]) : undefined);
}

/** A function of strings only (`isCidr(s)`, `domainMatches(h, p)`). */
function stringFunction(arity: number, apply: (...args: string[]) => Primitive): NativeCall {
  return (target, args) => (target === undefined && args.length === arity && args.every((arg) => typeof arg === "string") ? apply(...(args as string[])) : undefined);
}

/** A conversion function (`int(x)`): one argument, no target; types not handled here go to the interpreter. */
function conversion(apply: (value: unknown) => Primitive | typeof NOT_NATIVE): NativeCall {
  return (target, args) => (target === undefined && args.length === 1 ? apply(args[0]) : NOT_NATIVE);
}

/**
 * A function of a string and a list of strings (`globMatchesAny(path, patterns)`). A list holding
 * anything else is an error the interpreter words (interpreter/functions/support/cel-args.ts).
 */
function stringAndStrings(apply: (text: string, list: readonly string[]) => Primitive): NativeCall {
  return (target, args) => {
    const [text, list] = args;
    if (target !== undefined || args.length !== 2 || typeof text !== "string" || !Array.isArray(list)) return NOT_NATIVE;
    return list.every((item) => typeof item === "string") ? apply(text, list as string[]) : NOT_NATIVE;
  };
}

/** Only ASCII letters change case (ext/strings.js). */
const lowerAscii = (text: string): string => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
const upperAscii = (text: string): string => text.replace(/[a-z]+/g, (letters) => letters.toUpperCase());

/** Unicode's white space, as `trim()` reads it (ext/strings.js). */
const WHITE_SPACE = new Set([
  0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028,
  0x2029, 0x202f, 0x205f, 0x3000,
]);

function trim(text: string): string {
  let start = 0;
  let end = text.length - 1;
  while (start < text.length && WHITE_SPACE.has(text.charCodeAt(start))) start++;
  while (end > start && WHITE_SPACE.has(text.charCodeAt(end))) end--;
  return text.substring(start, end + 1);
}

const MAX_INT = 9223372036854775807n;
const MIN_INT = -9223372036854775808n;

/** `int(x)` of an int, a double or a string (std/math.js's safeInt). */
function toInt(value: unknown): Primitive | typeof NOT_NATIVE {
  if (typeof value === "bigint") return value;
  if (typeof value !== "number" && typeof value !== "string") return NOT_NATIVE;
  const numeric = typeof value === "string" ? BigInt(value) : value;
  if (typeof numeric === "bigint") {
    if (numeric >= MIN_INT && numeric <= MAX_INT) return numeric;
  } else if (Number.isFinite(numeric) && numeric > Number(MIN_INT) && numeric < Number(MAX_INT)) {
    return BigInt(Math.trunc(numeric));
  }
  throw new Error("int overflow during type conversion");
}

/** `substring(start)` and `substring(start, end)` with int indexes (ext/strings.js). */
const substring: NativeCall = (target, args) => {
  if (typeof target !== "string" || args.length < 1 || args.length > 2 || !args.every((arg) => typeof arg === "bigint")) return NOT_NATIVE;
  const [start, end] = args as bigint[];
  const i = Number(start);
  if (i < 0 || i > target.length) throw new Error("index out of bounds");
  if (end === undefined) return target.substring(i);
  const j = Number(end);
  if (j < 0 || j > target.length) throw new Error("index out of bounds");
  if (i > j) throw new Error("substring: start > end");
  return target.substring(i, j);
};

/** `s.split(separator)` and `s.split(separator, n)` (ext/strings.js): a list of strings, as JavaScript splits. */
const split: NativeCall = (target, args) => {
  const [separator, limit] = args;
  if (typeof target !== "string" || typeof separator !== "string" || args.length > 2 || (args.length === 2 && typeof limit !== "bigint")) return NOT_NATIVE;
  const count = limit === undefined ? undefined : Number(limit);
  return count === 1 ? [target] : target.split(separator, count);
};

/** The functions called without the interpreter, by name. */
export const NATIVE_CALLS: ReadonlyMap<string, NativeCall> = new Map<string, NativeCall>([
  ["lowerAscii", stringMethod(lowerAscii)],
  ["upperAscii", stringMethod(upperAscii)],
  ["trim", stringMethod(trim)],
  ["contains", stringMethod1((self, part) => self.includes(part))],
  ["globMatches", stringMethod1(globMatches)],
  ["regexFind", stringMethod1(regexFind)],
  ["substring", substring],
  ["split", split],
  ["isAllAddresses", stringFunction(1, isAllAddresses)],
  ["isCidr", stringFunction(1, isCidr)],
  ["cidrContains", stringFunction(2, cidrContains)],
  ["cidrOverlaps", stringFunction(2, cidrOverlaps)],
  ["domainMatches", stringFunction(2, domainMatches)],
  ["wildcardCovers", stringFunction(2, wildcardCovers)],
  ["globMatchesAny", stringAndStrings(globMatchesAny)],
  ["domainMatchesAny", stringAndStrings(domainMatchesAny)],
  ["double", conversion((value) => (typeof value === "number" ? value : typeof value === "bigint" || typeof value === "string" ? Number(value) : NOT_NATIVE))],
  ["int", conversion(toInt)],
  ["string", conversion((value) => (typeof value === "string" ? value : typeof value === "boolean" || typeof value === "bigint" || typeof value === "number" ? value.toString() : NOT_NATIVE))],
]);
