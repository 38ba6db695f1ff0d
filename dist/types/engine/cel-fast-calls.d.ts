import { type CelEnv, type CelType } from "@bufbuild/cel";
import { type Step, type Sure } from "./cel-fast-values.js";
/** The functions of a CEL environment, by name. */
export type Functions = CelEnv["funcs"];
/**
 * A type value, as `type(x)` gives it and a type name reads (`type(x) == string`). Not a plain
 * object, so that nothing in the fast path takes it for a map.
 */
export declare class TypeValue {
    readonly type: CelType;
    constructor(type: CelType);
}
/** The value of a type name used as an identifier, as the interpreter resolves it. */
export declare const TYPE_NAMES: ReadonlyMap<string, TypeValue>;
/**
 * A call by name: the engine's `isUnknown()` and `known()`, `type()`, a list's `join()`, and any
 * other function of the environment called with strings, booleans, numbers or null (which
 * CEL passes to it as they are): `lowerAscii()`, `string()`, `isAllAddresses()`… The function
 * itself is called, found as the interpreter finds it, so its answer is the interpreter's.
 */
export declare function compileNamedCall(name: string, target: Step | undefined, args: Step[], functions: Functions | undefined): Step | undefined;
/** `x[i]`: a map's entry by a string key, a list's element by an int index. */
export declare function compileIndex(operand: Step, index: Step): Step;
/** CEL's equality of two type values (equals.js); undefined when neither is one. */
export declare function typesEqual(left: Sure, right: Sure): boolean | undefined;
