import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * W3 Total Cache, `wp-content/w3tc-config/master.php` (JSON behind `<?php exit; ?>`, or the
 * legacy `return array(...)`; both read as the document's `returned` object with dotted keys).
 * The page cache (`PgCache_ContentGrabber`) rejects a request URI containing `wp-login` or
 * `wp-register`, or matching an entry of `pgcache.reject.uri` as `preg_match('~expr~i', $uri)`
 * (unanchored, case-insensitive); a cookie whose name contains an entry of
 * `pgcache.reject.cookie` (a substring, not a regex) or starts with `wp-postpass` or
 * `comment_author`; and a cookie starting with `wordpress_logged_in` while
 * `pgcache.reject.logged` (default true) holds. It caches GET requests only.
 */
export declare function w3TotalCacheSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const w3TotalCacheReader: ProductReader;
