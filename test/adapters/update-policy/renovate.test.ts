import { describe, expect, it } from "vitest";
import { renovateSubjects } from "../../../src/adapters/update-policy/renovate.js";
import { releaseAgeDays } from "../../../src/adapters/update-policy/release-age.js";
import { documentsOf, where } from "./documents.js";

describe("Renovate update-policy subjects", () => {
  it("derives automerge rules: top level minus types turned off, update-type objects, packageRules, presets", () => {
    const config = {
      extends: ["config:recommended", ":automergePatch"],
      minimumReleaseAge: "1 week",
      automerge: true,
      major: { automerge: false },
      minor: { automerge: true, minimumReleaseAge: "2 days" },
      packageRules: [
        { matchUpdateTypes: ["pin"], automerge: false },
        { matchPackageNames: ["wpackagist-plugin/wp-rocket"], automerge: false },
        { matchDepTypes: ["devDependencies"], automerge: true, stabilityDays: 5 },
      ],
    };
    const [subject] = renovateSubjects(documentsOf({ "renovate.json": JSON.stringify(config, null, 2) }), ["."]);
    expect((subject?.value as { automerge: unknown }).automerge).toEqual([
      { setting: "extends :automergePatch", updateTypes: ["patch"], minimumReleaseAgeDays: 7 },
      // pin is off for every package; the wp-rocket rule narrows packages, so it does not count.
      { setting: "automerge", updateTypes: ["minor", "patch", "digest"], minimumReleaseAgeDays: 7 },
      { setting: "minor.automerge", updateTypes: ["minor"], minimumReleaseAgeDays: 2 },
      { setting: "packageRules[2].automerge", updateTypes: ["all"], minimumReleaseAgeDays: 5 },
    ]);
    expect(where(subject, ["automerge", 1])).toBe("renovate.json:7:16");
    expect(where(subject, ["automerge", 0])).toBe("renovate.json:4:5");
  });

  it("lets a rule's minimumReleaseAge: null reset the inherited age to none", () => {
    const config = { minimumReleaseAge: "5 days", packageRules: [{ matchUpdateTypes: ["digest"], automerge: true, minimumReleaseAge: null }] };
    const [subject] = renovateSubjects(documentsOf({ "renovate.json": JSON.stringify(config) }), ["."]);
    expect((subject?.value as { automerge: unknown }).automerge).toEqual([{ setting: "packageRules[0].automerge", updateTypes: ["digest"], minimumReleaseAgeDays: 0 }]);
  });

  it("does not count update types a rule for every package disables", () => {
    const config = { automerge: true, minimumReleaseAge: "3 days", packageRules: [{ matchUpdateTypes: ["major", "pin"], enabled: false }] };
    const [subject] = renovateSubjects(documentsOf({ "renovate.json": JSON.stringify(config) }), ["."]);
    expect((subject?.value as { automerge: unknown }).automerge).toEqual([{ setting: "automerge", updateTypes: ["minor", "patch", "digest"], minimumReleaseAgeDays: 3 }]);
  });

  it("reads managers, ignorePaths and whether Renovate runs", () => {
    const text = `{
  extends: [":disableRenovate"],
  enabled: true,
  enabledManagers: ["npm", "composer"],
  composer: { enabled: false },
  packageRules: [{ matchManagers: ["npm"], enabled: false, matchPackageNames: ["sass"] }],
  ignorePaths: ["legacy/**"],
}`;
    const [subject] = renovateSubjects(documentsOf({ ".github/renovate.json5": text }), ["."]);
    expect((subject?.value as { bot: unknown }).bot).toEqual({
      name: "renovate",
      enabled: true,
      managers: { enabled: ["npm", "composer"], disabled: ["composer"] },
      ignorePaths: ["legacy/**"],
    });
    // The preset is overridden by enabled: true in the same file.
    expect((subject?.value as { switches: unknown }).switches).toEqual([
      { setting: "enabled", covers: "all", enabled: true },
      { setting: "extends :disableRenovate", covers: "all", enabled: true },
    ]);
  });

  it.each([
    [{}, ["**/node_modules/**", "**/bower_components/**"]],
    [{ extends: ["config:best-practices"] }, ["**/node_modules/**", "**/bower_components/**", "**/vendor/**", "**/examples/**", "**/__tests__/**", "**/test/**", "**/tests/**", "**/__fixtures__/**"]],
    [{ extends: ["config:recommended"], ignorePaths: ["legacy/"] }, ["legacy/"]],
  ])("takes ignorePaths from %j: the file's own, else the preset's, else Renovate's default", (config, expected) => {
    const [subject] = renovateSubjects(documentsOf({ "renovate.json": JSON.stringify(config) }), ["."]);
    expect((subject?.value as { bot: { ignorePaths: unknown } }).bot.ignorePaths).toEqual(expected);
  });

  it("reads the renovate key of the root package.json only", () => {
    const pkg = JSON.stringify({ name: "x", renovate: { vulnerabilityAlerts: { enabled: false } } }, null, 2);
    const subjects = renovateSubjects(documentsOf({ "package.json": pkg, "theme/package.json": pkg }), ["."]);
    expect(subjects.map((s) => s.id)).toEqual(["renovate:package.json"]);
    expect(where(subjects[0], ["switches", 0])).toBe("package.json:5:18");
  });

  it.each([
    [undefined, 0],
    [null, 0],
    ["3 days", 3],
    ["1 week", 7],
    ["12 hours", 0.5],
    ["2d", 2],
    [4, 4],
  ])("reads a release age of %j as %j days", (value, days) => {
    expect(releaseAgeDays(value)).toBe(days);
  });

  it.each([["soon"], ["3 fortnights"], [true], [-1]])("reads a release age of %j as unknown", (value) => {
    expect(releaseAgeDays(value)).toHaveProperty("$unknown");
  });
});
