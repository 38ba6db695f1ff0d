/**
 * WP-CLI JSON exports of plugin state, recognised by content: a JSON array whose first entry
 * has a `name` and either `auto_update` (`wp plugin list --format=json`) or `status`
 * (`wp plugin auto-updates status --format=json`, and `wp plugin list` too).
 */
export declare function sniffWpCliPlugins(text: string): boolean;
/** Where the exports are looked for: a `wp-cli/` directory, or a name saying what they are. */
export declare const WP_CLI_PLUGIN_PATHS: readonly string[];
