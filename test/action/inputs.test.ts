import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { actionSettings, INPUT_DEFAULTS, type InputName } from "../../src/action/inputs.js";
import { NorecurError } from "../../src/errors.js";

const actionYml = load(readFileSync("action.yml", "utf8")) as { inputs: Record<string, { default: string }> };
const reader = (values: Partial<Record<InputName, string>>) => (name: InputName) => values[name];

describe("Action inputs", () => {
  it("has the defaults action.yml declares, input for input", () => {
    const declared = Object.fromEntries(Object.entries(actionYml.inputs).map(([name, spec]) => [name, spec.default]));
    expect(INPUT_DEFAULTS).toEqual(declared);
  });

  it("applies the defaults when no input is set", () => {
    expect(actionSettings(reader({}), "/ws")).toEqual({
      check: { cwd: "/ws", paths: ["."], builtin: true },
      failOnNewOnly: false,
      allowEmpty: false,
      diff: "auto",
      rulesFrom: "base",
      annotations: true,
      jobSummary: true,
      prComment: true,
      githubSettings: false,
      sarif: "norecur.sarif",
    });
  });

  it("turns every input into the typed settings", () => {
    const settings = actionSettings(
      reader({
        paths: "k8s\n terraform",
        config: "ci/norecur.yml",
        policies: "policies/local more",
        builtin: "false",
        "fail-on": "high",
        "fail-on-new-only": "true",
        diff: "off",
        base: "origin/main",
        "rules-from": "head",
        annotations: "false",
        sarif: "",
        "result-json": "out/result.json",
        "github-settings": "true",
        "github-org": "acme",
        token: "ghs_example",
      }),
      "/ws",
    );
    expect(settings).toMatchObject({
      check: { cwd: "/ws", paths: ["k8s", "terraform"], builtin: false, config: "ci/norecur.yml", policyDirs: ["policies/local", "more"], failOn: "high" },
      failOnNewOnly: true,
      diff: "off",
      base: "origin/main",
      rulesFrom: "head",
      annotations: false,
      resultJson: "out/result.json",
      githubSettings: true,
      githubOrg: "acme",
      token: "ghs_example",
    });
    // An input set to empty means none for optional outputs.
    expect(settings.sarif).toBeUndefined();
  });

  it("takes an empty flag or choice as its default", () => {
    expect(actionSettings(reader({ annotations: "", diff: " " }), "/ws")).toMatchObject({ annotations: true, diff: "auto" });
  });

  it("never takes the unexpanded default expression for a token", () => {
    expect(actionSettings(reader({ token: "${{ github.token }}" }), "/ws").token).toBeUndefined();
  });

  it.each([
    ["fail-on", "severe", 'input fail-on must be one of info, low, medium, high, critical, not "severe"'],
    ["annotations", "maybe", 'input annotations must be true or false, not "maybe"'],
    ["rules-from", "pr", 'input rules-from must be one of base, head, not "pr"'],
  ] as const)("names the input when %s is %s", (name, value, message) => {
    expect(() => actionSettings(reader({ [name]: value }), "/ws")).toThrow(new NorecurError("usage", message));
  });
});
