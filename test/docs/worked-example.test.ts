import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createCelEnv } from "../../src/engine/cel-env.js";
import { loadPolicies } from "../../src/policy/load-policies.js";
import { passed, runFixtures } from "../../src/policy/run-fixtures.js";

const START = "<!-- worked-example:policy:start -->\n```yaml\n";
const END = "```\n<!-- worked-example:policy:end -->";

describe("the worked example of docs/policies.md", () => {
  it("shows the example policy file as it is", () => {
    const doc = readFileSync("docs/policies.md", "utf8");
    const shown = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END));
    expect(doc.indexOf(START)).toBeGreaterThan(0);
    expect(shown).toBe(readFileSync("docs/examples/s3-public-access-block/policy.yaml", "utf8"));
  });

  it("passes its fixtures: no block, a partial block, a flag from a variable (unknown), a complete block", async () => {
    const [policy] = loadPolicies([{ dir: resolve("docs/examples"), builtin: false }], createCelEnv({ now: new Date() }), process.cwd());
    expect(policy?.policy.id).toBe("EX-S3-001");
    const outcomes = await runFixtures(policy!, process.cwd());
    expect(outcomes.map((o) => [o.name, passed(o)])).toEqual(policy!.policy.tests.map((t) => [t.name, true]));
    expect(outcomes.length).toBe(4);
  });
});
