import { execFileSync } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

const README = readFileSync("README.md", "utf8");

/** The first ```yaml block after `heading` (a line of the README), as written. */
function yamlAfter(heading: string): string {
  const from = README.indexOf(heading);
  expect(from, heading).toBeGreaterThanOrEqual(0);
  const match = /```yaml\n([\s\S]*?)```/.exec(README.slice(from));
  expect(match, `a yaml block after ${heading}`).not.toBeNull();
  return match?.[1] ?? "";
}

/** Dates in examples are written for the reader; a test of them runs on any day. */
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const withFreshDates = (text: string): string => text.replace(/\b20\d\d-\d\d-\d\d\b/g, inDays(30));

const BILLING = (container: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing\nspec:\n  template:\n    spec:\n      containers:\n${container}`;

function repo(files: Record<string, string>): string {
  const root = realpathSync(makeTree(files));
  execFileSync("git", ["init", "-q", root]);
  return root;
}

describe("the README's examples, run as pasted", () => {
  it("the .norecur.yml example is a valid config for the built-in pack", async () => {
    const config = yamlAfter("## Configuration: `.norecur.yml`");
    const root = repo({ ".norecur.yml": config, "k8s/api.yaml": BILLING("        - name: api\n          image: nginx:1.27.0\n") });
    const result = await check({ cwd: root });
    expect(result.config).toBe(".norecur.yml");
    expect(result.failOn).toBe("medium");
    expect(result.findings).toEqual([]);
  });

  it("the waivers file example waives the finding it describes", async () => {
    const waivers = withFreshDates(yamlAfter("**The waivers file**"));
    const root = repo({
      ".norecur/waivers.yml": waivers,
      "package.json": '{ "name": "billing", "version": "1.0.0" }\n',
      ".github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n",
      "k8s/vendor/billing.yaml": BILLING("        - name: tool\n          image: vendor/tool:latest\n"),
    });
    const result = await check({ cwd: root });
    expect(result.findings.map((f) => `${f.policyId} ${f.subject} ${f.status}`)).toEqual(["NR-UPD-001 Deployment/billing/tool waived"]);
  });

  it("the inline waiver example waives the container below it", async () => {
    const inline = withFreshDates(yamlAfter("**Inline waivers**"));
    const indented = inline
      .split("\n")
      .slice(1)
      .map((line) => (line === "" ? line : `      ${line}`))
      .join("\n")
      .replace("- image: vendor/tool:latest", "- image: vendor/tool:latest\n          name: tool");
    const root = repo({ "k8s/billing.yaml": `${BILLING("").trimEnd()}\n${indented}` });
    const result = await check({ cwd: root });
    expect(result.findings.map((f) => `${f.policyId} ${f.status}`)).toEqual(["NR-UPD-001 waived"]);
  });
});
