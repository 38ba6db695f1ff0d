import type { DocPath, Document } from "../../types.js";
/** A directive as policies see it: plain data, in file order. */
export interface NginxDirective {
    name: string;
    args: string[];
    /** The directives inside `{ ... }`, for block directives. */
    block?: NginxDirective[];
    /** The Lua source of a `*_by_lua_block`, which has no nginx structure. */
    raw?: string;
}
/** One directive that applies at a level, and where it was written. */
export interface EffectiveDirective {
    name: string;
    args: string[];
    /** Path of the directive in the document (`directives/…/block/…`), for findings. */
    source: DocPath;
}
/** Directive name → the directives of that name in force at a level, in file order. */
export type EffectiveMap = Record<string, EffectiveDirective[]>;
/** A `location` block with what applies inside it. */
export interface NginxLocation {
    source: DocPath;
    /** `=`, `~`, `~*`, `^~`, `@` for a named location, or `` for a prefix match. */
    modifier: string;
    pattern: string;
    effective: EffectiveMap;
    locations: NginxLocation[];
}
/** A `server` block of the http context with what applies inside it. */
export interface NginxServer {
    source: DocPath;
    serverNames: string[];
    effective: EffectiveMap;
    locations: NginxLocation[];
}
/** A server or location and the directives in force there, as returned by `effectiveDirectives`. */
export interface EffectiveScope {
    kind: "server" | "location";
    /** Path of the scope in the document's `servers` view. */
    path: DocPath;
    /** Path of the `server`/`location` directive itself. */
    source: DocPath;
    directives: EffectiveMap;
}
/**
 * The servers of the http context with their locations (nested ones included) and the
 * directives in force in each. When the file has no `http` block (a `conf.d` file, included
 * inside `http`), its top-level directives are taken as the http level.
 */
export declare function buildServers(directives: readonly NginxDirective[]): NginxServer[];
/** Every server and location of a parsed nginx document, with the directives in force there. */
export declare function effectiveDirectives(document: Pick<Document, "value">): EffectiveScope[];
