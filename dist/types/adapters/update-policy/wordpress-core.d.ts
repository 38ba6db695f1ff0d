import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * WordPress core's background updater, from the constants of `wp-config.php`:
 * `AUTOMATIC_UPDATER_DISABLED` and `DISALLOW_FILE_MODS` (truthy: no background update at all,
 * core security releases included), `WP_AUTO_UPDATE_CORE` (`false`: no core update;
 * `'minor'`, the default: security and maintenance releases; `true` or a development channel:
 * new major versions too, installed with no review).
 */
export declare function wordpressCoreSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[];
