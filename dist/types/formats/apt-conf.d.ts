import type { Parser } from "../types.js";
/** A configuration tree: scalars are strings, lists are arrays of strings. */
export type AptTree = {
    [key: string]: AptTree | string | string[];
};
/** The value of an `apt-conf` document. */
export interface AptConf {
    /**
     * The settings as apt builds them: `A::B "v";` and `A { B "v"; };` both give
     * `{ A: { B: "v" } }`; unnamed items (`A { "x"; "y"; };`, `A:: "x";`) give an array. A name
     * that has both its own value and children keeps the value under `#value` and unnamed items
     * under `#items`.
     */
    config: AptTree;
    /** `#include` targets, in file order. */
    includes: string[];
    /** Names given to `#clear`, in file order (they also remove what this file set before them). */
    clears: string[];
}
/**
 * apt.conf and `apt.conf.d/*` (unattended-upgrades' `50unattended-upgrades`, `20auto-upgrades`):
 * `Key::Sub "value";`, nested `Key { Sub "v"; };` blocks, unnamed list items, `//`, `/* *\/`
 * and `#` comments, `#include` and `#clear`. Later settings of a name replace earlier ones,
 * and names compare case-insensitively, as in apt. Like apt, a value may be unquoted and a
 * `"` string may span lines; a missing `;` or `}` is an error.
 */
export declare const aptConfParser: Parser;
