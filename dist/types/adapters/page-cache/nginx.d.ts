import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * nginx `fastcgi_cache` / `proxy_cache`, one subject per location that passes requests to an
 * upstream with a cache zone in force (includes expanded, directives inherited as nginx does).
 * A path is excluded when a rewrite-phase `if` on `$request_uri` sets a variable that both
 * `*_cache_bypass` (do not answer from cache) and `*_no_cache` (do not store) list: one without
 * the other still lets the page into the cache or out of it. Cookies are read the same way from
 * `if ($http_cookie ~ ...)` and from `$cookie_<name>` in both lists.
 */
export declare function nginxSubjects(parsed: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const nginxReader: ProductReader;
