import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * nginx `add_header`, one subject per server, and per location that writes an `add_header` of
 * its own, that sends a CSP or drops one. Includes are expanded as the whole run expands them,
 * and headers are inherited as nginx does: a level with any `add_header` of its own keeps none
 * of the enclosing level's, so a location that adds `X-Frame-Options` silently loses the
 * server's Content-Security-Policy (the `effective` view of docs/formats/nginx.md).
 */
export declare function nginxSubjects(parsed: readonly ParsedDocument[]): Subject[];
