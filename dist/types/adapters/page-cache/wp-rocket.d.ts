import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * WP Rocket. Two files say the same thing: the settings export (`wp-rocket-settings-*.json`,
 * the `wp_rocket_settings` option) and the runtime copy the plugin writes to
 * `wp-content/wp-rocket-config/<host>.php`, which its early cache handler reads. The handler
 * rejects a request when `preg_match('#^(' . $rocket_cache_reject_uri . ')$#', $uri)` holds,
 * i.e. the `|`-joined entries of `cache_reject_uri` must match the *whole* path, and when a
 * cookie name matches `$rocket_cache_reject_cookies` anywhere. Page caching has no off switch:
 * an active WP Rocket caches pages, GET requests only, and never PHP files other than
 * `index.php`. A logged-in visitor whose login cookie is not rejected gets a cache folder of
 * their own (`cache_logged_user`), shared by all logged-in users only with
 * `$rocket_common_cache_logged_users`.
 */
export declare function wpRocketSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const wpRocketReader: ProductReader;
