/** CEL gives a value or an error value the fast path does not model: the interpreter decides. */
export declare const UNSURE: unique symbol;
/**
 * CEL may throw rather than give an error value: it cannot read a value at all (an object that
 * is not a plain one, `undefined`), or compares lists and maps element by element. Unlike
 * {@link UNSURE}, a `&&` or `||` cannot decide around it: the whole evaluation fails.
 */
export declare const HAZARD: unique symbol;
/** A value the fast path is sure CEL would give too, or why it is not. */
export type Sure = string | boolean | null | number | bigint | object | typeof UNSURE | typeof HAZARD;
/** A compiled sub-expression: its value for one set of bindings. */
export type Step = (bindings: Readonly<Record<string, unknown>>) => Sure;
/** A value as CEL sees it, when it is one the fast path can reason about. */
export declare function sure(value: unknown): Sure;
/** null, a string, a boolean or a number: CEL reads these as they are, and gives them as JavaScript's own. */
export type Primitive = string | boolean | null | number | bigint;
/** Whether `value` is a {@link Primitive}. */
export declare function isPrimitive(value: unknown): value is Primitive;
export declare function isScalar(value: unknown): boolean;
/**
 * An object CEL reads as a map of its own entries: a plain object (Object.prototype, as parsers
 * and adapters make them). Not one CEL would read otherwise or refuse: a `$typeName` makes it a
 * protobuf message, and an own `constructor` key breaks the check that tells a plain object.
 */
export declare function isMap(value: unknown): value is Record<string, unknown>;
