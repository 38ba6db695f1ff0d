import { type Step, type Sure } from "./cel-fast-values.js";
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
/**
 * A type value, as `type(x)` gives it and a type name reads (`type(x) == string`). Not a plain
 * object, so that nothing in the fast path takes it for a map.
 */
export declare class TypeValue {
    readonly name: string;
    /** The type's name as CEL gives it (`list(string)` is a `list`). */
    constructor(name: string);
}
/** The value of a type name used as an identifier, as the interpreter resolves it. */
export declare const TYPE_NAMES: ReadonlyMap<string, TypeValue>;
/**
 * A call by name: the engine's `isUnknown()`, `known()` and `blocks()`, `type()`, a list's
 * `join()`, and any other function of the environment: `lowerAscii()`, `string()`,
 * `isAllAddresses()`, `globMatchesAny()`… computed as the interpreter computes it
 * (cel-native-calls.ts), or the interpreter's own called with strings, booleans, numbers or null
 * (which CEL passes to it as they are), so its answer is the interpreter's.
 */
export declare function compileNamedCall(name: string, target: Step | undefined, args: Step[], functions: Functions | undefined): Step | undefined;
/** `x[i]`: a map's entry by a string key, a list's element by an int index. */
export declare function compileIndex(operand: Step, index: Step): Step;
/** CEL's equality of two type values (equals.js); undefined when neither is one. */
export declare function typesEqual(left: Sure, right: Sure): boolean | undefined;
