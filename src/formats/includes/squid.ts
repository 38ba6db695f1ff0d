import type { DocPath, Document } from "../../types.js";
import type { SquidAccessRule, SquidAcl, SquidConfig, SquidDirective } from "../squid.js";
import type { Lookup } from "./lookup.js";
import { INCLUDE_LIMITS, type UnresolvedInclude } from "../nginx/includes.js";

/** A directive of the expanded configuration, with the file and path it was written at. */
export interface SquidResolvedDirective extends SquidDirective {
  file: string;
  path: DocPath;
}

/** An `http_access` rule of the expanded configuration, where it was written. */
export interface SquidResolvedRule extends SquidAccessRule {
  file: string;
  path: DocPath;
}

/** An ACL merged over every file that defines it, located at its first definition. */
export interface SquidResolvedAcl extends SquidAcl {
  file: string;
  path: DocPath;
}

/** A Squid configuration with its `include` lines expanded in place, as Squid reads it. */
export interface SquidResolved {
  directives: SquidResolvedDirective[];
  /** Every `http_access` rule in the order Squid tries them: first match wins. */
  http_access: SquidResolvedRule[];
  acls: Record<string, SquidResolvedAcl>;
  unresolved: UnresolvedInclude[];
}

/** Real configurations nest includes two or three deep; the bound keeps a hostile chain from exhausting the stack. */
const MAX_INCLUDE_DEPTH = 32;

/**
 * Expands the `include` lines of a Squid document recursively, each at its place in the file, so
 * that first-match `http_access` order is the order Squid sees. A file already being expanded is
 * not expanded again (the repeated include is reported as a cycle).
 */
export function resolveSquid(document: Document, lookup: Lookup): SquidResolved {
  const out: SquidResolved = { directives: [], http_access: [], acls: {}, unresolved: [] };
  let files = 0;
  const expand = (current: Document, stack: readonly string[]): void => {
    const config = asSquid(current.value);
    if (config === undefined) return;
    mergeAcls(out.acls, config.acls, current.file);
    let rule = 0;
    config.directives.forEach((directive, i) => {
      const path = ["directives", i];
      if (directive.name === "http_access") {
        const parsed = config.http_access[rule];
        if (parsed !== undefined) out.http_access.push({ ...parsed, file: current.file, path: ["http_access", rule] });
        rule++;
      }
      if (directive.name !== "include") {
        out.directives.push({ ...directive, file: current.file, path });
        return;
      }
      for (const pattern of directive.args) {
        const unresolved = (reason: UnresolvedInclude["reason"]): void => {
          out.unresolved.push({ file: current.file, path, pattern, reason });
        };
        if (stack.length >= MAX_INCLUDE_DEPTH) {
          unresolved("too deep");
          continue;
        }
        const found = lookup(pattern, current.file);
        if (found.length === 0) unresolved("no match");
        for (const included of found) {
          if (stack.includes(included.file)) unresolved("cycle");
          else if (++files > INCLUDE_LIMITS.files || out.directives.length > INCLUDE_LIMITS.directives) unresolved("too large");
          else expand(included, [...stack, included.file]);
        }
      }
    });
  };
  expand(document, [document.file]);
  return out;
}

/** ACL lines with one name add up across files, in the order Squid reads them. */
function mergeAcls(into: Record<string, SquidResolvedAcl>, acls: Record<string, SquidAcl>, file: string): void {
  for (const [name, acl] of Object.entries(acls)) {
    const known = Object.hasOwn(into, name) ? into[name] : undefined;
    if (known === undefined) {
      Object.defineProperty(into, name, {
        value: { ...acl, flags: [...acl.flags], values: [...acl.values], files: [...acl.files], file, path: ["acls", name] },
        enumerable: true,
        writable: true,
        configurable: true,
      });
      continue;
    }
    known.values.push(...acl.values);
    known.files.push(...acl.files);
  }
}

function asSquid(value: unknown): SquidConfig | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const config = value as Partial<SquidConfig>;
  return Array.isArray(config.directives) && Array.isArray(config.http_access) && typeof config.acls === "object" ? (config as SquidConfig) : undefined;
}
