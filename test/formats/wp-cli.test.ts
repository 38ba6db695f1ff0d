import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/discover/detect-format.js";
import { sniffWpCliPlugins } from "../../src/formats/wp-cli.js";

// Output shapes of WP-CLI 2.x: `wp plugin list --format=json` and `wp plugin auto-updates status --format=json`.
const PLUGIN_LIST = '[{"name":"akismet","status":"active","update":"none","version":"5.3.3","update_version":"","auto_update":"on"}]';
const AUTO_UPDATES = '[{"name":"wp-super-cache","status":"enabled"},{"name":"akismet","status":"disabled"}]';

describe("WP-CLI plugin exports", () => {
  it.each([
    [PLUGIN_LIST, true],
    [AUTO_UPDATES, true],
    ["[]", true],
    ['{"name":"shop","status":"ok"}', false],
    ['[{"id":1}]', false],
    ["[1, 2]", false],
  ])("sniffs %s as %s", (text, expected) => {
    expect(sniffWpCliPlugins(text)).toBe(expected);
  });

  it.each([
    ["ops/wp-cli/plugins.json", PLUGIN_LIST, "wp-cli-plugins"],
    ["wp-plugins-production.json", AUTO_UPDATES, "wp-cli-plugins"],
    ["site/auto-updates.wp-cli.json", AUTO_UPDATES, "wp-cli-plugins"],
    ["data/plugins.json", PLUGIN_LIST, "json"],
    ["ops/wp-cli/settings.json", '{"a":1}', "json"],
  ])("detects %s as %s", (path, text, format) => {
    expect(detectFormat(path, () => text, [])).toBe(format);
  });
});
