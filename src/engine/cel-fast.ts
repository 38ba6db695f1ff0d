import type { ParsedCel } from "./cel-preparsed.js";

type Expr = NonNullable<ParsedCel["expr"]>;

/** CEL gives a value or an error value the fast path does not model: the interpreter decides. */
export const UNSURE: unique symbol = Symbol("unsure");

/**
 * CEL may throw rather than give an error value: it cannot read a value at all (an object that
 * is not a plain one, `undefined`), or compares lists and maps element by element. Unlike
 * {@link UNSURE}, a `&&` or `||` cannot decide around it: the whole evaluation fails.
 */
const HAZARD: unique symbol = Symbol("hazard");

/** A value the fast path is sure CEL would give too, or why it is not. */
type Sure = string | boolean | null | object | typeof UNSURE | typeof HAZARD;

/** A compiled sub-expression: its value for one set of bindings. */
type Step = (bindings: Readonly<Record<string, unknown>>) => Sure;

/**
 * A plain-JavaScript evaluation of the filters most policies are made of: field selections,
 * `has()`, string and boolean comparisons, `in` over a list of strings, `!`, `&&`, `||` and
 * `?:`. It answers only where it is sure CEL (@bufbuild/cel, as configured in cel-env.ts) gives
 * the same boolean, or the same string for a message's `{{ }}` hole; anything else (numbers,
 * function calls, comprehensions, a missing field) is {@link UNSURE}, and the interpreter runs
 * as before. A CEL call costs about 4 µs per subject, mostly converting each object it reads
 * into a map; these filters decide for a fraction of that.
 *
 * `&&` and `||` follow the interpreter: left to right, stopping at the operand that decides,
 * with error values before it dropped; an operand that may throw ({@link HAZARD}) stops the
 * whole evaluation, as it stops CEL's.
 */
export function compileFast(expr: Expr | undefined): ((bindings: Readonly<Record<string, unknown>>) => boolean | string | typeof UNSURE) | undefined {
  const step = expr === undefined ? undefined : compile(expr, 0);
  if (step === undefined) return undefined;
  // Booleans for filters, strings for the holes of messages; CEL gives both as JavaScript values.
  return (bindings) => {
    const value = step(bindings);
    return typeof value === "boolean" || typeof value === "string" ? value : UNSURE;
  };
}

/** Deeper expressions are left to the interpreter rather than compiled into deep closures. */
const MAX_DEPTH = 32;

function compile(expr: Expr, depth: number): Step | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const kind = expr.exprKind;
  switch (kind.case) {
    case "constExpr": {
      const constant = kind.value.constantKind;
      if (constant.case === "stringValue" || constant.case === "boolValue") {
        const value = constant.value;
        return () => value;
      }
      if (constant.case === "nullValue") return () => null;
      // Numbers: CEL's int, uint and double, which the fast path leaves to it.
      return () => UNSURE;
    }
    case "identExpr": {
      const name = kind.value.name;
      return (bindings) => {
        const value = bindings[name];
        return value === undefined ? HAZARD : sure(value);
      };
    }
    case "selectExpr": {
      const operand = kind.value.operand === undefined ? undefined : compile(kind.value.operand, depth + 1);
      if (operand === undefined) return undefined;
      const field = kind.value.field;
      // `has(x.f)`: CEL answers false for a key holding null too; that case is left to it.
      if (kind.value.testOnly) {
        return (bindings) => {
          const value = operand(bindings);
          if (value === HAZARD) return HAZARD;
          if (!isMap(value)) return UNSURE;
          if (!Object.hasOwn(value, field)) return false;
          return value[field] === null ? UNSURE : true;
        };
      }
      return (bindings) => {
        const value = operand(bindings);
        if (value === HAZARD) return HAZARD;
        // A missing key, or a field of a scalar or a list, is an error value in CEL.
        return isMap(value) && Object.hasOwn(value, field) ? sure(value[field]) : UNSURE;
      };
    }
    case "listExpr": {
      const elements = kind.value.elements.map((element) => compile(element, depth + 1));
      if (elements.some((element) => element === undefined)) return undefined;
      const steps = elements as Step[];
      return (bindings) => {
        const values: unknown[] = [];
        let unsure = false;
        for (const element of steps) {
          const value = element(bindings);
          if (value === HAZARD) return HAZARD;
          if (value === UNSURE) unsure = true;
          values.push(value);
        }
        return unsure ? UNSURE : values;
      };
    }
    case "callExpr":
      return compileCall(kind.value, depth);
    default:
      return undefined;
  }
}

function compileCall(call: Extract<Expr["exprKind"], { case: "callExpr" }>["value"], depth: number): Step | undefined {
  if (call.target !== undefined) return undefined;
  const args = call.args.map((arg) => compile(arg, depth + 1));
  if ((call.function === "_&&_" || call.function === "_||_") && args.length === 2) return compileJunction(call.function, args);
  if (call.function === "_?_:_" && args.length === 3) return compileChoice(args);
  if (args.some((arg) => arg === undefined)) return undefined;
  const [a, b] = args as Step[];
  switch (call.function) {
    case "!_":
      if (a === undefined || args.length !== 1) return undefined;
      return (bindings) => {
        const value = a(bindings);
        if (value === HAZARD) return HAZARD;
        return typeof value === "boolean" ? !value : UNSURE;
      };
    case "_==_":
    case "_!=_": {
      if (a === undefined || b === undefined || args.length !== 2) return undefined;
      const negate = call.function === "_!=_";
      return (bindings) => {
        const equal = scalarEquals(a(bindings), b(bindings));
        return typeof equal === "boolean" ? equal !== negate : equal;
      };
    }
    case "@in":
      if (a === undefined || b === undefined || args.length !== 2) return undefined;
      return (bindings) => membership(a(bindings), b(bindings));
    default:
      return undefined;
  }
}

/**
 * `a && b` and `a || b` as the interpreter runs them: left to right, stopping at the operand that
 * decides (false for `&&`, true for `||`); error values and values of another type before it
 * are dropped, and without one they make the result an error. An operand the fast path does not
 * read (a function call, a comprehension) may throw or spend the evaluation budget, so it counts
 * only when an operand before it decides and it is never run.
 */
function compileJunction(fn: "_&&_" | "_||_", [a, b]: Array<Step | undefined>): Step | undefined {
  if (a === undefined && b === undefined) return undefined;
  const left = a ?? hazard;
  const right = b ?? hazard;
  const decisive = fn === "_||_";
  return (bindings) => {
    const first = left(bindings);
    if (first === HAZARD || first === decisive) return first;
    const second = right(bindings);
    if (second === HAZARD || second === decisive) return second;
    return first === !decisive && second === !decisive ? !decisive : UNSURE;
  };
}

const hazard: Step = () => HAZARD;

/**
 * `c ? a : b` as the interpreter runs it: the condition, then only the branch it chooses, so a
 * branch the fast path does not read matters only when chosen. When the condition is not sure,
 * either branch may be the one CEL runs: a branch that may throw makes the whole one that may.
 */
function compileChoice([c, a, b]: Array<Step | undefined>): Step | undefined {
  if (c === undefined || (a === undefined && b === undefined)) return undefined;
  const yes = a ?? hazard;
  const no = b ?? hazard;
  return (bindings) => {
    const condition = c(bindings);
    if (condition === true) return yes(bindings);
    if (condition === false) return no(bindings);
    if (condition === HAZARD || yes(bindings) === HAZARD || no(bindings) === HAZARD) return HAZARD;
    return UNSURE;
  };
}

/**
 * Equality as CEL decides it for strings, booleans and null: same type compares by value, and a
 * string or boolean is never equal to null. Scalars of other types are CEL's to compare; lists
 * and maps too, and CEL reads their elements doing so.
 */
function scalarEquals(left: Sure, right: Sure): boolean | typeof UNSURE | typeof HAZARD {
  if (left === HAZARD || right === HAZARD || typeof left === "object" && left !== null || typeof right === "object" && right !== null) return HAZARD;
  if (left === UNSURE || right === UNSURE) return UNSURE;
  if (typeof left === "string" && typeof right === "string") return left === right;
  if (typeof left === "boolean" && typeof right === "boolean") return left === right;
  if (left === null || right === null) return left === right;
  return UNSURE;
}

/** `x in list` for a string and a list of strings; `k in map` for a string key. */
function membership(item: Sure, collection: Sure): boolean | typeof UNSURE | typeof HAZARD {
  if (item === HAZARD || collection === HAZARD) return HAZARD;
  if (Array.isArray(collection)) {
    if (typeof item === "string" && collection.every((element) => typeof element === "string")) return collection.includes(item);
    // CEL compares the item with each element, reading every one.
    return collection.every(isScalar) && isScalar(item) ? UNSURE : HAZARD;
  }
  if (typeof item !== "string" || !isMap(collection)) return collection !== null && typeof collection === "object" ? HAZARD : UNSURE;
  if (!Object.hasOwn(collection, item)) return false;
  return collection[item] === null ? UNSURE : true;
}

/** A value as CEL sees it, when it is one the fast path can reason about. */
function sure(value: unknown): Sure {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number" || typeof value === "bigint") return UNSURE;
  if (Array.isArray(value) || isMap(value)) return value;
  return HAZARD;
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number" || typeof value === "bigint" || value === UNSURE;
}

/**
 * An object CEL reads as a map of its own entries: a plain object (Object.prototype, as parsers
 * and adapters make them). Not one CEL would read otherwise or refuse: a `$typeName` makes it a
 * protobuf message, and an own `constructor` key breaks the check that tells a plain object.
 */
function isMap(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return !Object.hasOwn(value, "constructor") && !Object.hasOwn(value, "$typeName");
}
