import type { DocPath } from "../types.js";
import type { CelProgram } from "./cel-env.js";
/** A value a check read that cannot be known statically, and where it is under the subject. */
export interface UnknownRead {
    /** Why it is unknown. */
    reason: string;
    /** Where the marker sits, relative to the variable it was read through. */
    path: DocPath;
    /** The variable it was read through: `subject` or `item`. */
    variable: "subject" | "item";
}
/**
 * The first unknown value an expression reads from `subject` or `item`: a marker on the way
 * to a field it names, or anywhere inside the value it names (a list it iterates, an object it
 * passes to a function). A verdict that depends on such a value is not a verdict: the caller
 * reports `unknown` instead of pass or fail.
 */
export declare function unknownRead(program: CelProgram, bindings: Readonly<Record<string, unknown>>): UnknownRead | undefined;
/**
 * The first value a policy guards with `isUnknown(...)` that is unknown. Such a check decides
 * when it can (a pass proven by the known values stands), but a failure while a guarded value
 * is unknown is not a failure: the caller reports it as unknown.
 */
export declare function guardedUnknown(program: CelProgram, bindings: Readonly<Record<string, unknown>>): UnknownRead | undefined;
