import type { Primitive } from "./cel-fast-values.js";
/** The answer is the interpreter's to give: these arguments reach an overload not written here. */
export declare const NOT_NATIVE: unique symbol;
/**
 * A function's answer for a target (a method's receiver, or undefined) and arguments, as the fast
 * path holds them (primitives, arrays, plain objects): its value; undefined when it has no
 * overload for their types, as the interpreter's gives; or {@link NOT_NATIVE}. Throws the Error
 * the interpreter turns into CEL's error value.
 */
export type NativeCall = (target: unknown, args: readonly unknown[]) => Primitive | readonly string[] | undefined | typeof NOT_NATIVE;
/** The functions called without the interpreter, by name. */
export declare const NATIVE_CALLS: ReadonlyMap<string, NativeCall>;
