import { describe, expect, it } from "vitest";
import { dependabotSubjects, slashPath } from "../../../src/adapters/update-policy/dependabot.js";
import { wordpressCoreSubjects } from "../../../src/adapters/update-policy/wordpress-core.js";
import { documentsOf, where } from "./documents.js";

describe("Dependabot update-policy subjects", () => {
  it.each([
    ["/", "/"],
    ["", "/"],
    ["./wordpress/", "/wordpress"],
    ["wordpress", "/wordpress"],
    ["/apps/*", "/apps/*"],
  ])("writes directory %j as %j", (input, output) => {
    expect(slashPath(input)).toBe(output);
  });

  it("lists ecosystems with their directories and the switches that stop updates", () => {
    const text = [
      "version: 2",
      "updates:",
      "  - package-ecosystem: composer",
      "    directories: [/wordpress, /plugins/*]",
      "    open-pull-requests-limit: 0",
      "  - package-ecosystem: docker",
      "    directory: /",
      "    target-branch: release",
      "    ignore: [{ dependency-name: '*' }]",
      "",
    ].join("\n");
    const [subject] = dependabotSubjects(documentsOf({ ".github/dependabot.yml": text }), ["."]);
    expect(subject?.value).toMatchObject({
      bot: { name: "dependabot", enabled: true, ecosystems: [{ ecosystem: "composer", directories: ["/wordpress", "/plugins/*"] }, { ecosystem: "docker", directories: ["/"] }] },
      switches: [
        { setting: "open-pull-requests-limit: 0 (composer)", covers: "version", enabled: false },
        { setting: 'ignore dependency-name "*" (docker)', covers: "version", enabled: false },
      ],
    });
    expect(where(subject, ["switches", 1])).toBe(".github/dependabot.yml:9:14");
  });
});

describe("WordPress core update-policy subjects", () => {
  it.each([
    ["define('AUTOMATIC_UPDATER_DISABLED', '0');", { setting: "AUTOMATIC_UPDATER_DISABLED", covers: "all", enabled: true }],
    ["define('AUTOMATIC_UPDATER_DISABLED', 'yes');", { setting: "AUTOMATIC_UPDATER_DISABLED", covers: "all", enabled: false }],
    ["define('DISALLOW_FILE_MODS', 0);", { setting: "DISALLOW_FILE_MODS", covers: "all", enabled: true }],
    ["define('WP_AUTO_UPDATE_CORE', 'minor');", { setting: "WP_AUTO_UPDATE_CORE", covers: "all", enabled: true }],
    ["define('WP_AUTO_UPDATE_CORE', 'false');", { setting: "WP_AUTO_UPDATE_CORE", covers: "all", enabled: true }],
    ["define('WP_AUTO_UPDATE_CORE', false);", { setting: "WP_AUTO_UPDATE_CORE", covers: "all", enabled: false }],
    ["define('WP_AUTO_UPDATE_CORE', WP_ENV === 'dev');", { setting: "WP_AUTO_UPDATE_CORE", covers: "all", enabled: { $expr: "WP_ENV === 'dev'" } }],
  ])("reads %s with PHP's semantics", (line, expected) => {
    const [subject] = wordpressCoreSubjects(documentsOf({ "wp-config.php": `<?php\n${line}\n` }), ["."]);
    expect((subject?.value as { switches: unknown[] }).switches).toEqual([expected]);
    expect(where(subject, ["switches", 0]).startsWith("wp-config.php:2:")).toBe(true);
  });

  it("counts true and the development channels as unreviewed major updates, not 'minor'", () => {
    const automerge = (value: string): unknown =>
      (wordpressCoreSubjects(documentsOf({ "wp-config.php": `<?php define('WP_AUTO_UPDATE_CORE', ${value});` }), ["."])[0]?.value as { automerge: unknown }).automerge;
    expect(automerge("true")).toEqual([{ setting: "WP_AUTO_UPDATE_CORE", updateTypes: ["major", "minor", "patch"] }]);
    expect(automerge("'branch-development'")).toHaveLength(1);
    expect(automerge("'minor'")).toEqual([]);
    expect(automerge("getenv('WP_CHANNEL')")).toEqual([{ setting: "WP_AUTO_UPDATE_CORE", updateTypes: { $expr: "getenv('WP_CHANNEL')" } }]);
  });

  it("reads only wp-config.php, not the cache plugins' PHP files", () => {
    expect(wordpressCoreSubjects(documentsOf({ "wp-content/wp-cache-config.php": "<?php $cache_enabled = true;" }), ["."])).toEqual([]);
  });
});
