import type { DocPath, Parser } from "../../types.js";
import { type NginxDirective, type NginxServer } from "./effective.js";
/** An `include` directive, recorded for the pipeline to resolve. */
export interface NginxInclude {
    /** The file or glob as written, relative to nginx's prefix when not absolute. */
    pattern: string;
    /** Path of the `include` directive. */
    source: DocPath;
}
/** The value of an nginx document. */
export interface NginxConfig {
    /** Every directive, in file order, blocks nested. */
    directives: NginxDirective[];
    /** Every `include`, in file order, at any depth. */
    includes: NginxInclude[];
    /** The http servers with their locations and the directives in force in each. */
    servers: NginxServer[];
}
/**
 * nginx configuration files (`nginx.conf`, `conf.d/*.conf`, `sites-enabled/*`). One document
 * per file; syntax follows nginx's own tokenizer, and errors read like `nginx -t`'s.
 */
export declare const nginxParser: Parser;
