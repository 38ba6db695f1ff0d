import { type ParsedCel } from "./cel-preparsed.js";
/**
 * One step of a read: a field, an index, every element of a list (`*`), one of several fields
 * (named in the expression, or by a param's list of strings, known when the check runs), or
 * `blocks(x)`: a list as it is, or one object as a list of itself.
 */
export type ReadStep = string | number | "*" | {
    oneOf: string[];
} | {
    oneOfParam: string;
} | {
    blocks: true;
};
/**
 * A value an expression reads: from which variable, along which path, and how much of the value
 * at the end the result depends on — all of it (`deep`: compared, passed to a function, printed),
 * its elements (`elements`: iterated by a macro whose variable is read separately), or only
 * whether it is there (`shallow`: `has()`).
 */
export interface ReadPath {
    variable: string;
    steps: ReadStep[];
    depth: "deep" | "elements" | "shallow" | "membership";
}
/**
 * Every data path an expression reads, found on its syntax tree: through field selections,
 * constant indexes, comprehension variables (`meta.attached.exists(a, a.value.x)` reads
 * `meta.attached[*].value.x`) and function arguments. `guards` are the values passed to
 * `isUnknown(...)`: the policy handles those itself. A loop over a literal list of names
 * (`['a', 'b'].all(k, x[k] == true)`) reads just those keys, and `'a' in x` only asks whether
 * a map has a key (`membership`: for a list, its elements).
 */
export declare function readPaths(source: string | ParsedCel): {
    reads: ReadPath[];
    guards: ReadPath[];
};
