import type { DocPath, Document } from "../../types.js";
import { mergeLevel } from "./inheritance.js";
import { isRecord } from "../../plain-data.js";

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
export function buildServers(directives: readonly NginxDirective[]): NginxServer[] {
  const servers: NginxServer[] = [];
  const hasHttp = directives.some((d) => d.name === "http" && d.block !== undefined);
  const top = hasHttp ? {} : mergeLevel({}, directives, ["directives"]);
  directives.forEach((directive, i) => {
    const path = ["directives", i];
    if (directive.name === "http" && directive.block !== undefined) {
      const http = mergeLevel({}, directive.block, [...path, "block"]);
      directive.block.forEach((child, j) => {
        if (isBlock(child, "server")) servers.push(toServer(child, [...path, "block", j], http));
      });
    } else if (isBlock(directive, "server")) {
      servers.push(toServer(directive, path, top));
    }
  });
  return servers;
}

/** Every server and location of a parsed nginx document, with the directives in force there. */
export function effectiveDirectives(document: Pick<Document, "value">): EffectiveScope[] {
  const value = document.value;
  const servers = isRecord(value) && Array.isArray(value["servers"]) ? (value["servers"] as NginxServer[]) : [];
  const scopes: EffectiveScope[] = [];
  const visit = (locations: readonly NginxLocation[], path: DocPath): void => {
    locations.forEach((location, i) => {
      const here = [...path, "locations", i];
      scopes.push({ kind: "location", path: here, source: location.source, directives: location.effective });
      visit(location.locations, here);
    });
  };
  servers.forEach((server, i) => {
    scopes.push({ kind: "server", path: ["servers", i], source: server.source, directives: server.effective });
    visit(server.locations, ["servers", i]);
  });
  return scopes;
}

function toServer(server: NginxDirective, source: DocPath, outer: EffectiveMap): NginxServer {
  const block = server.block ?? [];
  const effective = mergeLevel(outer, block, [...source, "block"]);
  return {
    source,
    serverNames: block.filter((d) => d.name === "server_name" && d.block === undefined).flatMap((d) => d.args),
    effective,
    locations: toLocations(block, [...source, "block"], effective),
  };
}

function toLocations(block: readonly NginxDirective[], blockPath: DocPath, outer: EffectiveMap): NginxLocation[] {
  const locations: NginxLocation[] = [];
  block.forEach((directive, i) => {
    if (!isBlock(directive, "location")) return;
    const source = [...blockPath, i];
    const inner = directive.block ?? [];
    const effective = mergeLevel(outer, inner, [...source, "block"]);
    locations.push({ source, ...matchOf(directive.args), effective, locations: toLocations(inner, [...source, "block"], effective) });
  });
  return locations;
}

/** nginx accepts the modifier as its own argument or glued to the pattern (`location =/x`). */
function matchOf(args: readonly string[]): { modifier: string; pattern: string } {
  if (args.length >= 2) return { modifier: args[0] ?? "", pattern: args[1] ?? "" };
  const only = args[0] ?? "";
  if (only.startsWith("@")) return { modifier: "@", pattern: only };
  for (const modifier of ["=", "^~", "~*", "~"]) {
    if (only.startsWith(modifier) && only.length > modifier.length) return { modifier, pattern: only.slice(modifier.length) };
  }
  return { modifier: "", pattern: only };
}

function isBlock(directive: NginxDirective, name: string): boolean {
  return directive.name === name && directive.block !== undefined;
}

