/*
 * The values the fast path of CEL (cel-fast.ts) reasons about, and the two ways it says it
 * cannot: shared by the compiler of its expressions and of its function calls.
 */

/** CEL gives a value or an error value the fast path does not model: the interpreter decides. */
export const UNSURE: unique symbol = Symbol("unsure");

/**
 * CEL may throw rather than give an error value: it cannot read a value at all (an object that
 * is not a plain one, `undefined`), or compares lists and maps element by element. Unlike
 * {@link UNSURE}, a `&&` or `||` cannot decide around it: the whole evaluation fails.
 */
export const HAZARD: unique symbol = Symbol("hazard");

/** A value the fast path is sure CEL would give too, or why it is not. */
export type Sure = string | boolean | null | number | bigint | object | typeof UNSURE | typeof HAZARD;

/** A compiled sub-expression: its value for one set of bindings. */
export type Step = (bindings: Readonly<Record<string, unknown>>) => Sure;

/** A value as CEL sees it, when it is one the fast path can reason about. */
export function sure(value: unknown): Sure {
  if (isPrimitive(value)) return value;
  if (Array.isArray(value) || isMap(value)) return value;
  return HAZARD;
}

/** null, a string, a boolean or a number: CEL reads these as they are, and gives them as JavaScript's own. */
export type Primitive = string | boolean | null | number | bigint;

/** Whether `value` is a {@link Primitive}. */
export function isPrimitive(value: unknown): value is Primitive {
  return value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number" || typeof value === "bigint";
}

export function isScalar(value: unknown): boolean {
  return isPrimitive(value) || value === UNSURE;
}

/**
 * An object CEL reads as a map of its own entries: a plain object (Object.prototype, as parsers
 * and adapters make them). Not one CEL would read otherwise or refuse: a `$typeName` makes it a
 * protobuf message, and an own `constructor` key breaks the check that tells a plain object.
 */
export function isMap(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  // Not Object.hasOwn, several times slower in a hot path here: under Object.prototype (which the
  // run keeps intact) `constructor` reads as Object unless the object has a key of its own, and
  // nothing inherits a `$typeName`.
  return (value as { constructor?: unknown }).constructor === Object && !("$typeName" in value);
}
