/**
 * WP-CLI JSON exports of plugin state, recognised by content: a JSON array whose first entry
 * has a `name` and either `auto_update` (`wp plugin list --format=json`) or `status`
 * (`wp plugin auto-updates status --format=json`, and `wp plugin list` too).
 */
export function sniffWpCliPlugins(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/^\s*\[\s*\]\s*$/.test(text)) return true; // a site without plugins exports an empty list
  return /^\s*\[\s*\{/.test(head) && /"name"\s*:/.test(head) && /"(?:auto_update|status)"\s*:/.test(head);
}

/** Where the exports are looked for: a `wp-cli/` directory, or a name saying what they are. */
export const WP_CLI_PLUGIN_PATHS: readonly string[] = ["**/wp-cli/**/*.json", "**/wp-plugins*.json", "**/*.wp-cli.json"];
