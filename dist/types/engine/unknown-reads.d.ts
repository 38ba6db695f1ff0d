import type { DocPath } from "../types.js";
import type { CelProgram } from "./cel-env.js";
/** A value a check read that cannot be known statically, and where it is. */
export interface UnknownRead {
    /** Why it is unknown (for values reached through `meta`, `related` or `document`, with the path read). */
    reason: string;
    /** Where the marker sits, relative to the variable it was read through. */
    path: DocPath;
    /** The variable it was read through. */
    variable: string;
}
/**
 * The first unknown value an expression depends on: a marker on the way to a field it reads, or
 * inside a value it uses whole (compares, passes to a function, prints) — whether reached from
 * `subject` and `item`, or through joins: `meta.attached`, `related`, comprehension variables.
 * A verdict that depends on such a value is not a verdict: the caller reports `unknown`.
 */
export declare function unknownRead(program: CelProgram, bindings: Readonly<Record<string, unknown>>): UnknownRead | undefined;
/**
 * The first value a policy guards with `isUnknown(...)` that is unknown. Such a check decides
 * when it can (a pass proven by the known values stands), but a failure while a guarded value
 * is unknown is not a failure: the caller reports it as unknown.
 */
export declare function guardedUnknown(program: CelProgram, bindings: Readonly<Record<string, unknown>>): UnknownRead | undefined;
/**
 * Whether any marker sits anywhere inside `value`. Most values are small trees: they are walked
 * without remembering their parts (a WeakMap entry per object was most of the time), and only
 * the answer for `value` itself is kept. A value larger than {@link QUICK_NODES} objects, or one
 * that shares its parts (a YAML alias expanded a billion times over ten nodes) or contains
 * itself, is walked remembering every object, so it costs one visit per distinct object.
 */
export declare function holdsUnknown(value: unknown): boolean;
