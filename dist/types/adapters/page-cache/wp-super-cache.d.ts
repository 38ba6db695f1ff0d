import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * WP Super Cache, `wp-content/wp-cache-config.php`: global variable assignments. The plugin
 * rejects a URI when `preg_match("~$expr~", $uri)` holds for an entry of `$cache_rejected_uri`
 * (an unanchored, case-sensitive regex), and a request whose cookie name matches an entry of
 * `$wpsc_rejected_cookies` the same way. `$wp_cache_not_logged_in` is 0 (cache logged-in pages
 * too, keyed by the login cookie's value: one copy per user, never shared), 1 (no cache for any
 * cookie) or 2 (no cache for logged-in users); `$wp_cache_make_known_anon` serves logged-in
 * users the anonymous pages. It caches GET requests only.
 */
export declare function wpSuperCacheSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const wpSuperCacheReader: ProductReader;
