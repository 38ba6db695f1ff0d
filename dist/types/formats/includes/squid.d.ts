import type { DocPath, Document } from "../../types.js";
import type { SquidAccessRule, SquidAcl, SquidDirective } from "../squid.js";
import type { Lookup } from "./lookup.js";
import { type UnresolvedInclude } from "../nginx/includes.js";
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
/**
 * Expands the `include` lines of a Squid document recursively, each at its place in the file, so
 * that first-match `http_access` order is the order Squid sees. A file already being expanded is
 * not expanded again (the repeated include is reported as a cycle).
 */
export declare function resolveSquid(document: Document, lookup: Lookup): SquidResolved;
