import type { DocPath } from "../../types.js";
import type { EffectiveDirective, EffectiveMap, NginxLocation } from "../../formats/nginx/index.js";
import type { ResolvedDirective, UnresolvedInclude } from "../../formats/nginx/includes.js";
import type { Origin } from "../normalized/source-map.js";
import { type PatternRule } from "./shape.js";
/** A parsed `if (...)` condition of the rewrite module. */
export interface Condition {
    variable: string;
    operator: string;
    operand: string;
    /** Where the operand is written. */
    origin: Origin;
    /** Variables the block sets to a value that counts as "skip" (not empty, not `0`). */
    sets: string[];
    /** Variables the block sets from another variable (`set $skip $flag;`): "skip" or not, the file does not say. */
    maySet: string[];
}
/** A `set` or `map` value that counts as "skip": a literal that is neither empty nor `0`. */
export declare function isSkipValue(value: string): boolean;
/** A `set` or `map` value computed from variables, which may or may not count as "skip". */
export declare function isComputedValue(value: string): boolean;
/**
 * The includes that found nothing (or were cut by a bound), written directly in the block of the
 * directive at `source`; `hidesSettings` (formats/includes/missing.ts) says which of them may
 * hide settings.
 */
export declare function unresolvedInBlock(directives: readonly ResolvedDirective[], unresolved: readonly UnresolvedInclude[], source: DocPath): UnresolvedInclude[];
/** `source` and the blocks around it (`directives/1`, `directives/1/block/4`, …), outermost first. */
export declare function enclosingBlocks(source: DocPath): DocPath[];
/** The directive of the resolved tree at `path` (`directives/<i>/block/<j>/…`). */
export declare function nodeAt(directives: readonly ResolvedDirective[], path: DocPath): ResolvedDirective | undefined;
/** The last directive of a name in force, as nginx uses for single-valued directives. */
export declare function last(effective: EffectiveMap, name: string): EffectiveDirective | undefined;
/** Every directive of a name in force (list-valued directives such as `*_cache_bypass`). */
export declare function all(effective: EffectiveMap, name: string): EffectiveDirective[];
/**
 * The `if` blocks directly inside `node` (a server or location) whose condition compares a
 * variable, with the variables each sets. nginx's tokenizer splits `($request_uri ~* "x")` into
 * words, quotes removed; they are joined back to read the condition.
 */
export declare function conditionsIn(node: ResolvedDirective | undefined, originOf: (node: ResolvedDirective, extra?: DocPath) => Origin | undefined): Condition[];
/** The paths a location's match selects, as nginx compares them. */
export declare function matchRule(location: NginxLocation, setting: string): PatternRule;
/**
 * The pages a caching location serves. WordPress permalinks (`/contact/`) reach PHP through
 * `try_files ... /index.php?$args`, an internal redirect into the `\.php$` location: such a
 * front-controller location serves every page, whatever its own pattern says.
 */
export declare function appliesTo(location: NginxLocation): PatternRule;
/**
 * Whether a request that both locations match goes to `other` rather than `self`, by nginx's
 * order: exact `=` first, then the longest prefix (final with `^~`), then regexes in file order,
 * else that longest prefix.
 */
export declare function takesPrecedence(other: NginxLocation, otherIndex: number, self: NginxLocation, selfIndex: number): boolean;
/** One line of a `map $source $target { ... }` block. */
export interface MapEntry {
    /** `regex` for `~` / `~*` lines, `exact` for literal ones, `default` for the fallback. */
    kind: "regex" | "exact" | "default";
    pattern: string;
    ignoreCase: boolean;
    value: string;
    origin: Origin;
}
/** A `map` block: how `target` is computed from `source`. */
export interface NginxMap {
    source: string;
    target: string;
    entries: MapEntry[];
}
/**
 * The `map` blocks of the http level (inside `http`, or at the top of a file included there).
 * `map` is the other common way to compute a skip-cache flag from the URI or the cookies.
 */
export declare function mapsIn(directives: readonly ResolvedDirective[], originOf: (node: ResolvedDirective, extra?: DocPath) => Origin | undefined): NginxMap[];
