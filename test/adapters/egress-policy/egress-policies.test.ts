import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createCelEnv } from "../../../src/engine/cel-env.js";
import { loadPolicies } from "../../../src/policy/load-policies.js";
import { passed, runFixtures } from "../../../src/policy/run-fixtures.js";

const dir = resolve("policies/egress");
const policies = loadPolicies([{ dir, builtin: true }], createCelEnv({ now: new Date() }), process.cwd());

describe("the egress policies", () => {
  it.each(policies.map((p) => [p.policy.id, p] as const))("%s fixtures produce exactly the expected findings", async (_id, compiled) => {
    const outcomes = await runFixtures(compiled, process.cwd());
    expect(outcomes.filter((o) => !passed(o))).toEqual([]);
  });
});
