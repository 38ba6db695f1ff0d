import type { ParsedCel } from "./cel-preparsed.js";
import { CEL_LIMITS, CONTINUE, STEP } from "./cel-budget.js";
import { re2Engine } from "./functions/regex.js";
import { HAZARD, isMap, isPrimitive, isScalar, sure, UNSURE, type Primitive, type Step, type Sure } from "./cel-fast-values.js";
import { compileIndex, compileNamedCall, TYPE_NAMES, typesEqual, type Functions } from "./cel-fast-calls.js";
import { qualifiedName } from "./cel-qualified-name.js";

export { UNSURE } from "./cel-fast-values.js";

type Expr = NonNullable<ParsedCel["expr"]>;

/**
 * A plain-JavaScript evaluation of the expressions most policies are made of: field selections
 * and indexes, `has()`, comparisons, `in`, `!`, `&&`, `||`, `?:`, `+` of strings and lists,
 * comprehensions, and calls to the environment's functions (`functions`, found by name as the
 * interpreter finds them). It answers only where it is sure CEL (@bufbuild/cel, as configured
 * in cel-env.ts) gives the same boolean, or the same string for a message's `{{ }}` hole;
 * anything else (arithmetic, a missing field, a function given a list) is {@link UNSURE}, and
 * the interpreter runs as before. A CEL call costs about 4 µs per subject, mostly converting
 * each object it reads into a map; these expressions decide for a fraction of that.
 *
 * `&&` and `||` follow the interpreter: left to right, stopping at the operand that decides,
 * with error values before it dropped; an operand that may throw ({@link HAZARD}) stops the
 * whole evaluation, as it stops CEL's.
 */
export function compileFast(expr: Expr | undefined, functions?: Functions): ((bindings: Readonly<Record<string, unknown>>) => Primitive | typeof UNSURE) | undefined {
  const step = expr === undefined ? undefined : compile(expr, 0, new Map(), functions);
  if (step === undefined) return undefined;
  // Booleans for filters; strings, numbers (a message's `{{ params.minimumDays }}`) and null for the
  // holes of messages. CEL gives these as the same JavaScript values; lists and maps it gives as
  // its own.
  return (bindings) => {
    spent = 0;
    const value = step(bindings);
    return isPrimitive(value) ? value : UNSURE;
  };
}

/** Deeper expressions are left to the interpreter rather than compiled into deep closures. */
const MAX_DEPTH = 32;

/** Comprehension variables in reach, by name: each a slot the loop writes and the body reads. */
type Scope = ReadonlyMap<string, { value: Sure }>;

function compile(expr: Expr, depth: number, scope: Scope, functions: Functions | undefined): Step | undefined {
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
      // CEL's int is a bigint, its double a number; a uint is CEL's own type, left to it.
      if (constant.case === "int64Value" || constant.case === "doubleValue") {
        const value = constant.value;
        return () => value;
      }
      return () => UNSURE;
    }
    case "identExpr": {
      const name = kind.value.name;
      const slot = scope.get(name);
      if (slot !== undefined) return () => slot.value;
      // A type name (`type(x) == string`); the environment declares no variable of such a name.
      const type = TYPE_NAMES.get(name);
      if (type !== undefined) return () => type;
      return (bindings) => {
        const value = bindings[name];
        return value === undefined ? HAZARD : sure(value);
      };
    }
    case "selectExpr": {
      const operand = kind.value.operand === undefined ? undefined : compile(kind.value.operand, depth + 1, scope, functions);
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
      const elements = kind.value.elements.map((element) => compile(element, depth + 1, scope, functions));
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
    case "structExpr":
      return compileMapLiteral(kind.value, depth, scope, functions);
    case "callExpr":
      return compileCall(kind.value, depth, scope, functions);
    case "comprehensionExpr":
      return compileComprehension(kind.value, depth, scope, functions);
    default:
      return undefined;
  }
}

/** Keys a map literal is left to the interpreter for: ones a plain object would not hold as an own entry like any other. */
const OBJECT_KEYS = new Set(["__proto__", "constructor"]);

/**
 * A map literal of string constant keys (`{'renovate': 'Renovate', …}[meta.product]`, as messages
 * name a product), as a plain object. Every value is evaluated, as CEL evaluates them; a repeated
 * key (an error in CEL), a message literal or an optional entry is left to the interpreter.
 */
function compileMapLiteral(struct: Extract<Expr["exprKind"], { case: "structExpr" }>["value"], depth: number, scope: Scope, functions: Functions | undefined): Step | undefined {
  if (struct.messageName !== "") return undefined;
  const keys: string[] = [];
  const values: Step[] = [];
  for (const entry of struct.entries) {
    if (entry.optionalEntry || entry.keyKind.case !== "mapKey" || entry.value === undefined) return undefined;
    const key = entry.keyKind.value.exprKind;
    if (key.case !== "constExpr" || key.value.constantKind.case !== "stringValue") return undefined;
    const name = key.value.constantKind.value;
    if (OBJECT_KEYS.has(name) || keys.includes(name)) return undefined;
    const value = compile(entry.value, depth + 1, scope, functions);
    if (value === undefined) return undefined;
    keys.push(name);
    values.push(value);
  }
  return (bindings) => {
    const map: Record<string, unknown> = {};
    let unsure = false;
    for (let i = 0; i < keys.length; i++) {
      const value = (values[i] as Step)(bindings);
      if (value === HAZARD) return HAZARD;
      if (value === UNSURE) unsure = true;
      map[keys[i] as string] = value;
    }
    return unsure ? UNSURE : map;
  };
}

function compileCall(call: Extract<Expr["exprKind"], { case: "callExpr" }>["value"], depth: number, scope: Scope, functions: Functions | undefined): Step | undefined {
  if (call.target !== undefined) return compileMethod(call, depth, scope, functions);
  const args = call.args.map((arg) => compile(arg, depth + 1, scope, functions));
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
    case "_+_":
      if (a === undefined || b === undefined || args.length !== 2) return undefined;
      return (bindings) => concatenation(a(bindings), b(bindings));
    case "_<_":
    case "_<=_":
    case "_>_":
    case "_>=_": {
      if (a === undefined || b === undefined || args.length !== 2) return undefined;
      const op = call.function;
      return (bindings) => ordering(op, a(bindings), b(bindings));
    }
    case "size":
      if (a === undefined || args.length !== 1) return undefined;
      return (bindings) => sizeOf(a(bindings));
    case "@not_strictly_false":
    case "__not_strictly_false__":
      // A comprehension's loop condition: anything but a literal false goes on, errors included.
      if (a === undefined || args.length !== 1) return undefined;
      return (bindings) => {
        const value = a(bindings);
        return value === HAZARD ? HAZARD : value !== false;
      };
    case "_[_]":
      if (a === undefined || b === undefined || args.length !== 2) return undefined;
      return compileIndex(a, b);
    case STEP:
      if (a === undefined || args.length !== 1) return undefined;
      return (bindings) => budgetStep(a(bindings));
    case CONTINUE:
      // The budget is never spent here (see budgetStep): the condition as it is, when a boolean.
      if (a === undefined || args.length !== 1) return undefined;
      return (bindings) => {
        const value = a(bindings);
        return value === HAZARD ? HAZARD : typeof value === "boolean" ? value : UNSURE;
      };
    default:
      return compileNamedCall(call.function, undefined, args as Step[], functions);
  }
}

/** Steps a fast evaluation may take before it leaves the expression to the interpreter, far below the budget's own limit. */
const MAX_STEPS = 10_000;

/** Steps taken by the current fast evaluation (comprehension iterations and growing calls, as cel-budget.ts counts them). */
let spent = 0;

/**
 * The budget's step guard (cel-budget.ts) around a loop step, a comprehension's result or a
 * growing call. The interpreter fails the whole evaluation past a million steps, or on a string
 * or list over its size limits; the fast path gives up long before either can happen, so an
 * answer it gives is one the interpreter gives within its budget too.
 */
function budgetStep(value: Sure): Sure {
  if (value === HAZARD) return HAZARD;
  // Counted whatever the value: an unsure one may be a value the interpreter counts too.
  if (++spent > MAX_STEPS) return HAZARD;
  if (value === UNSURE) return UNSURE;
  if (typeof value === "string" && value.length > CEL_LIMITS.stringLength) return HAZARD;
  if (Array.isArray(value) && value.length > CEL_LIMITS.listSize) return HAZARD;
  return value;
}

/**
 * Longest list the fast path builds with `+`: `filter` and `map` add one element per step, and
 * copying the list each time would make a long one quadratic (the interpreter concatenates lazily).
 */
const MAX_BUILT_LIST = 1_000;

/** `a + b` for two strings or two lists; other operands are CEL's (numbers, timestamps) or an error. */
function concatenation(left: Sure, right: Sure): Sure {
  if (left === HAZARD || right === HAZARD) return HAZARD;
  if (typeof left === "string" && typeof right === "string") return left + right;
  if (Array.isArray(left) && Array.isArray(right)) return left.length + right.length > MAX_BUILT_LIST ? HAZARD : [...left, ...right];
  return UNSURE;
}

/**
 * A method call: `size()`; `s.startsWith(p)`, `s.endsWith(p)` and `s.matches(p)`, with the same
 * functions CEL calls for them; any other method as a named call (cel-fast-calls.ts).
 */
function compileMethod(call: Extract<Expr["exprKind"], { case: "callExpr" }>["value"], depth: number, scope: Scope, functions: Functions | undefined): Step | undefined {
  const target = call.target === undefined ? undefined : compile(call.target, depth + 1, scope, functions);
  if (target !== undefined && call.function === "size" && call.args.length === 0) return (bindings) => sizeOf(target(bindings));
  const args = call.args.map((arg) => compile(arg, depth + 1, scope, functions));
  if (target === undefined || args.some((arg) => arg === undefined)) return undefined;
  // `a.b.f()` is first looked up as a function named `a.b.f` by the interpreter.
  const qualified = qualifiedName(call.target);
  if (qualified !== undefined && functions?.has(`${qualified}.${call.function}`) === true) return undefined;
  const [argument] = args;
  const test = STRING_METHODS[call.function];
  if (test === undefined || argument === undefined || args.length !== 1) return compileNamedCall(call.function, target, args as Step[], functions);
  return (bindings) => {
    const text = target(bindings);
    const pattern = argument(bindings);
    if (text === HAZARD || pattern === HAZARD) return HAZARD;
    if (typeof text !== "string" || typeof pattern !== "string") return UNSURE;
    try {
      return test(text, pattern);
    } catch {
      // An invalid or oversized pattern: the interpreter reports it.
      return HAZARD;
    }
  };
}

const STRING_METHODS: Readonly<Record<string, (text: string, argument: string) => boolean>> = {
  // @bufbuild/cel binds these to String.prototype.startsWith and endsWith.
  startsWith: (text, prefix) => text.startsWith(prefix),
  endsWith: (text, suffix) => text.endsWith(suffix),
  // The engine celEnv is given for matches() (cel-env.ts).
  matches: (text, pattern) => re2Engine.compile(pattern).test(text),
};

/**
 * A comprehension (`exists`, `all`, `filter`, `map`… as the parser expands them) as the
 * interpreter folds it: the accumulator's start, then the range, whose elements are all read
 * before the loop (a list holding a value CEL cannot read fails the evaluation), then for each
 * element the loop condition and step, then the result.
 */
function compileComprehension(c: Extract<Expr["exprKind"], { case: "comprehensionExpr" }>["value"], depth: number, scope: Scope, functions: Functions | undefined): Step | undefined {
  if (c.iterVar2 !== "" || c.iterRange === undefined || c.accuInit === undefined || c.loopCondition === undefined || c.loopStep === undefined || c.result === undefined) return undefined;
  const item = { value: null as Sure };
  const accumulator = { value: null as Sure };
  const inner = new Map(scope).set(c.iterVar, item).set(c.accuVar, accumulator);
  const range = compile(c.iterRange, depth + 1, scope, functions);
  const init = compile(c.accuInit, depth + 1, scope, functions);
  const condition = compile(c.loopCondition, depth + 1, inner, functions);
  const step = compile(c.loopStep, depth + 1, inner, functions);
  const result = compile(c.result, depth + 1, inner, functions);
  if (range === undefined || init === undefined || condition === undefined || step === undefined || result === undefined) return undefined;
  return (bindings) => {
    const start = init(bindings);
    // A start the fast path does not model may go on to throw in the loop: the interpreter's.
    if (start === HAZARD || start === UNSURE) return HAZARD;
    const over = range(bindings);
    if (over === HAZARD) return HAZARD;
    // Every comprehension of every policy runs here, once per subject or item: no array, copy or
    // iterator is made for a run through the range (they were most of a run's garbage over
    // nginx sites, whose policies loop over every location's directives).
    let items: readonly Sure[];
    if (Array.isArray(over)) {
      // A range longer than the steps the fast path takes is the interpreter's from the start,
      // and so is one holding a value it does not model (or a hole).
      if (over.length > MAX_STEPS) return HAZARD;
      for (let i = 0; i < over.length; i++) if (sure(over[i]) === HAZARD) return HAZARD;
      items = over as Sure[];
    } else if (isMap(over)) {
      items = Object.keys(over);
      if (items.length > MAX_STEPS) return HAZARD;
    }
    // A scalar to iterate over: an error value. An unsure range may be a list or map to the
    // interpreter, whose loop may then throw: the interpreter's.
    else return over === UNSURE ? HAZARD : UNSURE;
    // Slots are restored after, so that a comprehension nested in another's loop sees its own.
    const savedItem = item.value;
    const savedAccumulator = accumulator.value;
    try {
      accumulator.value = start;
      for (let i = 0; i < items.length; i++) {
        item.value = items[i] as Sure;
        const go = condition(bindings);
        if (go === HAZARD) return HAZARD;
        if (go !== true) {
          if (go === false) break;
          return HAZARD;
        }
        accumulator.value = step(bindings);
        if (accumulator.value === HAZARD) return HAZARD;
      }
      return result(bindings);
    } finally {
      item.value = savedItem;
      accumulator.value = savedAccumulator;
    }
  };
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
  if (left === HAZARD || right === HAZARD) return HAZARD;
  // A type value equals only a type value of the same name, and CEL reads no element to say so.
  const types = typesEqual(left, right);
  if (types !== undefined) return left === UNSURE || right === UNSURE ? UNSURE : types;
  // A list or map against null (`managers.enabled == null`): CEL says false without reading an element.
  if ((left === null && (Array.isArray(right) || isMap(right))) || (right === null && (Array.isArray(left) || isMap(left)))) return false;
  if (typeof left === "object" && left !== null || typeof right === "object" && right !== null) return HAZARD;
  if (left === UNSURE || right === UNSURE) return UNSURE;
  return celScalarEquals(left, right);
}

/**
 * CEL's equality of two scalars (equals.js): numbers of either kind compare by value, an int
 * with a double too (`1 == 1.0`, NaN equal to nothing), other values when of the same type.
 */
function celScalarEquals(left: unknown, right: unknown): boolean {
  // Loose equality between a bigint and a number compares their values exactly, as CEL does.
  // eslint-disable-next-line eqeqeq
  if (isNumber(left) && isNumber(right)) return left == right;
  return left === right;
}

function isNumber(value: unknown): value is number | bigint {
  return typeof value === "number" || typeof value === "bigint";
}

/**
 * `<`, `<=`, `>`, `>=` as CEL's standard overloads compute them: two ints exactly, an int and a
 * double as doubles, two strings or two booleans as JavaScript compares them.
 */
function ordering(op: string, left: Sure, right: Sure): boolean | typeof UNSURE | typeof HAZARD {
  if (left === HAZARD || right === HAZARD || typeof left === "object" && left !== null || typeof right === "object" && right !== null) return HAZARD;
  let l: number | bigint | string | boolean;
  let r: number | bigint | string | boolean;
  if (typeof left === "bigint" && typeof right === "bigint") [l, r] = [left, right];
  else if (isNumber(left) && isNumber(right)) [l, r] = [Number(left), Number(right)];
  else if ((typeof left === "string" && typeof right === "string") || (typeof left === "boolean" && typeof right === "boolean")) [l, r] = [left, right];
  else return UNSURE;
  switch (op) {
    case "_<_":
      return l < r;
    case "_<=_":
      return l <= r;
    case "_>_":
      return l > r;
    default:
      return l >= r;
  }
}

/** `size(x)`: a list's elements, a map's entries, a string's code points, as an int. */
function sizeOf(value: Sure): Sure {
  if (value === HAZARD) return HAZARD;
  if (typeof value === "string") return BigInt([...value].length);
  if (Array.isArray(value)) return BigInt(value.length);
  if (isMap(value)) return BigInt(Object.keys(value).length);
  return UNSURE;
}

/** `x in list` for a string and a list of strings; `k in map` for a string key. */
function membership(item: Sure, collection: Sure): boolean | typeof UNSURE | typeof HAZARD {
  if (item === HAZARD || collection === HAZARD) return HAZARD;
  if (Array.isArray(collection)) {
    // Compared as CEL's `in` does, with its equality: scalars of any type, numbers by value.
    if (item !== UNSURE && isScalar(item) && collection.every(isScalar)) return collection.some((element: unknown) => celScalarEquals(item, element));
    // CEL compares the item with each element, reading every one.
    return collection.every(isScalar) && isScalar(item) ? UNSURE : HAZARD;
  }
  if (typeof item !== "string" || !isMap(collection)) return collection !== null && typeof collection === "object" ? HAZARD : UNSURE;
  if (!Object.hasOwn(collection, item)) return false;
  return collection[item] === null ? UNSURE : true;
}
