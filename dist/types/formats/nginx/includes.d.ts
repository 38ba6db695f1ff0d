import type { DocPath, Document } from "../../types.js";
import { type NginxServer } from "./effective.js";
/**
 * The parsed nginx documents an `include` pattern names, as seen from `fromFile`, in nginx's
 * order (a glob's matches sorted by name). Finding the files is the caller's business: the
 * pipeline matches patterns against the scanned tree.
 */
export type IncludeLookup = (pattern: string, fromFile: string) => readonly Document[];
/** A directive of the resolved tree, with the file and path it was written at. */
export interface ResolvedDirective {
    name: string;
    args: string[];
    block?: ResolvedDirective[];
    raw?: string;
    file: string;
    path: DocPath;
}
/** An `include` that could not be expanded. */
export interface UnresolvedInclude {
    file: string;
    path: DocPath;
    pattern: string;
    reason: "no match" | "cycle" | "too deep" | "too large";
}
/** A configuration with its includes expanded in place, as nginx reads it. */
export interface ResolvedConfig {
    directives: ResolvedDirective[];
    /** Servers of the expanded tree; their `source` paths point into `directives`. */
    servers: NginxServer[];
    unresolved: UnresolvedInclude[];
}
/**
 * Bounds on one expansion. Without a cycle, a file may be included many times (a diamond, or
 * `include a*.conf` in files that each include the same glob), and the expanded tree grows
 * exponentially with the depth; real configurations stay far below these numbers.
 */
export declare const INCLUDE_LIMITS: {
    readonly files: 1000;
    readonly directives: 50000;
};
/**
 * Expands every `include` of `document` with `lookup`, recursively. A file that includes itself,
 * directly or through others, is expanded once and the repeated include is reported as a cycle.
 */
export declare function resolveIncludes(document: Document, lookup: IncludeLookup): ResolvedConfig;
