import type { Parser } from "../types.js";
/** The value of a `php-config` document. */
export interface PhpConfig {
    /** `define('NAME', value)` calls, anywhere in the file; the first definition wins, as in PHP. */
    constants: Record<string, unknown>;
    /** Top-level `$name = value;` assignments (`$name['key'] = value;` sets one element); the last one wins. */
    variables: Record<string, unknown>;
    /** The value of the first top-level `return`, or the JSON behind a `<?php exit; ?>` guard; absent when there is none. */
    returned?: unknown;
}
/**
 * WordPress-style PHP configuration (`wp-config.php`, WP Super Cache, W3 Total Cache, WP
 * Rocket). Only literal parts are read, nothing is executed: computed values become
 * `{ $expr: source }`. Other statements are skipped; only a literal that starts but never ends
 * is an error. Values include secrets (salts, DB_PASSWORD), so messages never quote the text.
 */
export declare const phpConfigParser: Parser;
