import { isUnknown } from "../adapters/normalized/unknown.js";
import { HAZARD, isMap, isPrimitive, sure, UNSURE, type Step, type Sure } from "./cel-fast-values.js";

/** The functions of a CEL environment, by name (cel-env.ts: the interpreter is loaded on the first call). */
export interface Functions {
  /** Whether the environment has a function of this name. */
  has(name: string): boolean;
  /**
   * Calls it as the interpreter does: undefined when no overload takes these values, HAZARD when
   * only the interpreter can call it with them (a list or map it would read as its own wrapper).
   */
  call(name: string, target: unknown, args: unknown[]): unknown;
  /** Whether a function's result is CEL's error value. */
  isError(value: unknown): boolean;
}

/*
 * Function calls and indexing for the fast path of CEL (cel-fast.ts), each as the interpreter
 * (@bufbuild/cel's EvalCall and its attribute access) computes it: the target, then the
 * arguments, an error value in any of them the call's value.
 */

/**
 * A type value, as `type(x)` gives it and a type name reads (`type(x) == string`). Not a plain
 * object, so that nothing in the fast path takes it for a map.
 */
export class TypeValue {
  /** The type's name as CEL gives it (`list(string)` is a `list`). */
  constructor(readonly name: string) {}
}

/** The value of a type name used as an identifier, as the interpreter resolves it. */
export const TYPE_NAMES: ReadonlyMap<string, TypeValue> = new Map<string, TypeValue>(
  ["bool", "double", "int", "string", "null_type", "list", "map"].map((name) => [name, new TypeValue(name)]),
);

/**
 * A call by name: the engine's `isUnknown()`, `known()` and `blocks()`, `type()`, a list's
 * `join()`, and any other function of the environment: `lowerAscii()`, `string()`,
 * `isAllAddresses()`, `globMatchesAny()`… computed as the interpreter computes it
 * (cel-native-calls.ts), or the interpreter's own called with strings, booleans, numbers or null
 * (which CEL passes to it as they are), so its answer is the interpreter's.
 */
export function compileNamedCall(name: string, target: Step | undefined, args: Step[], functions: Functions | undefined): Step | undefined {
  if (target === undefined) {
    const [a, b] = args;
    if (name === "isUnknown" && a !== undefined && args.length === 1) return strict1(a, unknownMarker);
    if (name === "known" && a !== undefined && b !== undefined && args.length === 2) return knownOr(a, b);
    if (name === "type" && a !== undefined && args.length === 1) return strict1(a, typeOf);
    if (name === "blocks" && a !== undefined && args.length === 1) return strict1(a, blockList);
  } else if (name === "join" && args.length <= 1) return joined(target, args[0]);
  if (functions === undefined || !functions.has(name)) return undefined;
  return (bindings) => {
    const self = target === undefined ? undefined : target(bindings);
    if (self === HAZARD) return HAZARD;
    const values: Sure[] = [];
    for (const arg of args) {
      const value = arg(bindings);
      if (value === HAZARD) return HAZARD;
      values.push(value);
    }
    if (self === UNSURE || values.includes(UNSURE)) return UNSURE;
    const result: unknown = functions.call(name, self, values);
    if (result === HAZARD) return HAZARD;
    // No overload for these types, or the function's own error (it throws inside, CEL catches it).
    if (result === undefined || functions.isError(result)) return UNSURE;
    // A list of strings from a function computed here (`split()`) is followed; the interpreter's
    // lists, maps and timestamps are values of its own, which the fast path does not follow.
    return isPrimitive(result) || Array.isArray(result) ? (result as Sure) : HAZARD;
  };
}

/** `x[i]`: a map's entry by a string key, a list's element by an int index. */
export function compileIndex(operand: Step, index: Step): Step {
  return (bindings) => {
    const container = operand(bindings);
    if (container === HAZARD) return HAZARD;
    const key = index(bindings);
    if (key === HAZARD) return HAZARD;
    if (isMap(container) && typeof key === "string") return Object.hasOwn(container, key) ? sure(container[key]) : UNSURE;
    if (Array.isArray(container) && typeof key === "bigint") return key >= 0n && key < BigInt(container.length) ? sure(container[Number(key)]) : UNSURE;
    // Doubles as list indexes, numbers as map keys and the like: CEL's own rules.
    return HAZARD;
  };
}

/** A one-argument function that gives the error value of its argument. */
function strict1(argument: Step, apply: (value: Sure) => Sure): Step {
  return (bindings) => {
    const value = argument(bindings);
    return value === HAZARD || value === UNSURE ? value : apply(value);
  };
}

/** `isUnknown(x)`: a map of one `$expr` or `$unknown` string (interpreter/functions/unknown.ts). */
function unknownMarker(value: Sure): Sure {
  if (!isMap(value)) return false;
  if (isUnknown(value)) return true;
  // One marker key holding something else: CEL reads that value to tell, and may be unable to.
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === "$expr" || keys[0] === "$unknown") && sure(value[keys[0]]) === HAZARD ? HAZARD : false;
}

/** `blocks(x)` (interpreter/functions/blocks.ts): a list as it is, null as no blocks, anything else as a list of itself. */
function blockList(value: Sure): Sure {
  if (Array.isArray(value)) return value;
  if (value === null) return [];
  // A type value in a list is one the fast path does not follow.
  return value instanceof TypeValue ? HAZARD : [value];
}

/** Deeper than interpreter/functions/known.ts looks: it takes anything deeper for unknown. */
const KNOWN_DEPTH = 300;

/**
 * `known(x, fallback)`: `fallback` when `x` is or holds an unknown marker (interpreter/functions/known.ts).
 * The interpreter stops at the first marker it meets; here every value is read first, and one
 * CEL cannot read leaves the call to the interpreter whatever the order it would meet it in.
 */
function knownOr(argument: Step, fallback: Step): Step {
  return (bindings) => {
    const value = argument(bindings);
    if (value === HAZARD || value === UNSURE) return value;
    const otherwise = fallback(bindings);
    if (otherwise === HAZARD || otherwise === UNSURE) return otherwise;
    const marked = holdsMarker(value, 0);
    if (marked === HAZARD) return HAZARD;
    return marked ? otherwise : value;
  };
}

function holdsMarker(value: Sure, depth: number): boolean | typeof HAZARD {
  if (depth > KNOWN_DEPTH) return true;
  let found = false;
  const visit = (member: unknown): boolean => {
    const read = sure(member);
    if (read === HAZARD) return false;
    const held = holdsMarker(read, depth + 1);
    if (held === HAZARD) return false;
    found ||= held;
    return true;
  };
  if (Array.isArray(value)) {
    for (const member of value) if (!visit(member)) return HAZARD;
  } else if (isMap(value)) {
    const marker = unknownMarker(value);
    if (marker === HAZARD) return HAZARD;
    if (marker === true) return true;
    for (const key of Object.keys(value)) if (!visit(value[key])) return HAZARD;
  }
  return found;
}

/** `type(x)`: the type values the interpreter gives (std/cast.js), for the values the fast path holds. */
function typeOf(value: Sure): Sure {
  const name = typeof value === "string" ? "string" : typeof value === "boolean" ? "bool" : typeof value === "bigint" ? "int" : typeof value === "number" ? "double" : value === null ? "null_type" : Array.isArray(value) ? "list" : isMap(value) ? "map" : undefined;
  return (name === undefined ? undefined : TYPE_NAMES.get(name)) ?? HAZARD;
}

/** `list.join()` and `list.join(separator)` (ext/strings.js): strings only, else an error value. */
function joined(target: Step, separator: Step | undefined): Step {
  return (bindings) => {
    const list = target(bindings);
    if (list === HAZARD) return HAZARD;
    const by = separator === undefined ? "" : separator(bindings);
    if (by === HAZARD) return HAZARD;
    if (list === UNSURE || by === UNSURE) return UNSURE;
    if (!Array.isArray(list)) return isPrimitive(list) ? UNSURE : HAZARD;
    if (typeof by !== "string") return UNSURE;
    const parts: string[] = [];
    for (const element of list) {
      const part = sure(element);
      if (part === HAZARD) return HAZARD;
      if (typeof part !== "string") return UNSURE;
      parts.push(part);
    }
    return parts.join(by);
  };
}

/** CEL's equality of two type values (equals.js); undefined when neither is one. */
export function typesEqual(left: Sure, right: Sure): boolean | undefined {
  if (!(left instanceof TypeValue) && !(right instanceof TypeValue)) return undefined;
  // Types are equal when of the same name (`list(string)` is a `list`); the names the fast path
  // holds are of distinct kinds.
  return left instanceof TypeValue && right instanceof TypeValue && left.name === right.name;
}
