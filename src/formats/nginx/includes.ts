import type { DocPath, Document } from "../../types.js";
import { buildServers, type NginxDirective, type NginxServer } from "./effective.js";

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

const MAX_INCLUDE_DEPTH = 32;

/**
 * Bounds on one expansion. Without a cycle, a file may be included many times (a diamond, or
 * `include a*.conf` in files that each include the same glob), and the expanded tree grows
 * exponentially with the depth; real configurations stay far below these numbers.
 */
export const INCLUDE_LIMITS = { files: 1_000, directives: 50_000 } as const;

/**
 * Expands every `include` of `document` with `lookup`, recursively. A file that includes itself,
 * directly or through others, is expanded once and the repeated include is reported as a cycle.
 */
export function resolveIncludes(document: Document, lookup: IncludeLookup): ResolvedConfig {
  const unresolved: UnresolvedInclude[] = [];
  let files = 0;
  let written = 0;
  let includes = 0;
  const expand = (directives: readonly NginxDirective[], file: string, path: DocPath, stack: readonly string[]): ResolvedDirective[] =>
    directives.flatMap((directive, i): ResolvedDirective[] => {
      const here = [...path, i];
      const pattern = directive.args[0];
      if (directive.name === "include" && directive.block === undefined && pattern !== undefined) {
        includes += 1;
        if (stack.length >= MAX_INCLUDE_DEPTH) {
          unresolved.push({ file, path: here, pattern, reason: "too deep" });
          return [];
        }
        const found = lookup(pattern, file);
        if (found.length === 0) unresolved.push({ file, path: here, pattern, reason: "no match" });
        return found.flatMap((included) => {
          if (stack.includes(included.file)) {
            unresolved.push({ file, path: here, pattern, reason: "cycle" });
            return [];
          }
          files += 1;
          if (files > INCLUDE_LIMITS.files || written > INCLUDE_LIMITS.directives) {
            unresolved.push({ file, path: here, pattern, reason: "too large" });
            return [];
          }
          return expand(directivesOf(included.value), included.file, ["directives"], [...stack, included.file]);
        });
      }
      written += 1;
      const resolved: ResolvedDirective = { name: directive.name, args: directive.args, file, path: here };
      if (directive.raw !== undefined) resolved.raw = directive.raw;
      if (directive.block !== undefined) resolved.block = expand(directive.block, file, [...here, "block"], stack);
      return [resolved];
    });
  const directives = expand(directivesOf(document.value), document.file, ["directives"], [document.file]);
  // Without an include the expanded tree is the file's own, index for index, and so are its
  // servers: the parser's are taken rather than built again (every reader of a file asks).
  const parsed = includes === 0 ? serversOf(document.value) : undefined;
  return { directives, servers: parsed ?? buildServers(directives), unresolved };
}

/** The servers the parser built for a file (nginx/parser.ts), if the value has them. */
function serversOf(value: unknown): NginxServer[] | undefined {
  if (typeof value !== "object" || value === null || !("servers" in value)) return undefined;
  return Array.isArray(value.servers) ? (value.servers as NginxServer[]) : undefined;
}

function directivesOf(value: unknown): readonly NginxDirective[] {
  if (typeof value !== "object" || value === null || !("directives" in value)) return [];
  const directives = value.directives;
  return Array.isArray(directives) ? (directives as NginxDirective[]) : [];
}
