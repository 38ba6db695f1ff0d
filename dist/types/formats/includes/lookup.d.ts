import type { Document } from "../../types.js";
/** The products whose configuration files include others, with the directory their includes are written against. */
export declare const INCLUDE_PRODUCTS: {
    readonly nginx: {
        readonly main: "nginx.conf";
        readonly prefix: "/etc/nginx";
    };
    readonly squid: {
        readonly main: "squid.conf";
        readonly prefix: "/etc/squid";
    };
};
export type IncludeProduct = keyof typeof INCLUDE_PRODUCTS;
/** The scanned documents an include pattern names, seen from `fromFile`, sorted by path as glob(3) sorts. */
export type Lookup = (pattern: string, fromFile: string) => readonly Document[];
/**
 * Resolves include patterns against the scanned tree. A repository keeps a server's
 * configuration somewhere below its root (`deploy/etc/nginx/nginx.conf`), so a pattern is
 * tried where that copy would hold it:
 *
 * - under the product's prefix (`/etc/nginx/conf.d/*.conf`): below the directory of the main
 *   file (`nginx.conf`, `squid.conf`) that governs the including file;
 * - any other absolute path (`/etc/letsencrypt/options-ssl-nginx.conf`): below the directory
 *   that mirrors `/` for that copy (the one above `etc/nginx`), and below the scan root;
 * - a relative path: against the main file's directory (nginx's prefix; Squid's working
 *   directory) and against the including file's own directory.
 *
 * Paths that climb out of the scan root with `..` find nothing. Glob patterns go through the
 * linear-time glob engine, since they come from scanned files; one it refuses finds nothing.
 */
export declare function createLookup(product: IncludeProduct, documents: readonly Document[]): Lookup;
/** Where `pattern` could sit in the scanned tree, as scan-relative globs. */
export declare function candidates(pattern: string, fromFile: string, confDir: string, prefix: string): string[];
