import { describe, expect, it } from "vitest";
import { createCelEnv } from "../../src/engine/cel-env.js";
import { builtinPolicyDir } from "../../src/policy/builtin-dir.js";
import { loadIncidents } from "../../src/policy/incidents.js";
import { loadPolicies } from "../../src/policy/load-policies.js";
import { passed, runFixtures } from "../../src/policy/run-fixtures.js";

const policies = loadPolicies([{ dir: builtinPolicyDir(), builtin: true }], createCelEnv({ now: new Date() }), process.cwd());
const incidents = loadIncidents();

describe("the built-in policy pack", () => {
  it("loads", () => {
    expect(policies.map((p) => p.policy.id)).toEqual([
      "NR-BAK-001",
      "NR-BAK-002",
      "NR-BAK-003",
      "NR-BAK-004",
      "NR-CACHE-001",
      "NR-CACHE-002",
      "NR-CACHE-003",
      "NR-CACHE-004",
      "NR-CLASS-001",
      "NR-CLASS-002",
      "NR-EGR-001",
      "NR-EGR-002",
      "NR-EGR-003",
      "NR-EGR-004",
      "NR-ENC-001",
      "NR-ENC-002",
      "NR-ENC-003",
      "NR-ENC-004",
      "NR-ENC-005",
      "NR-EXP-001",
      "NR-EXP-002",
      "NR-EXP-003",
      "NR-EXP-004",
      "NR-EXP-005",
      "NR-EXP-006",
      "NR-EXP-007",
      "NR-EXP-008",
      "NR-IDP-001",
      "NR-IDP-002",
      "NR-IMDS-001",
      "NR-LOG-001",
      "NR-LOG-002",
      "NR-LOG-003",
      "NR-LOG-101",
      "NR-LOG-102",
      "NR-LOG-103",
      "NR-LOG-104",
      "NR-LOG-105",
      "NR-MEDIA-001",
      "NR-MFA-001",
      "NR-MFA-002",
      "NR-MFA-003",
      "NR-MFA-004",
      "NR-PWD-001",
      "NR-SHARE-001",
      "NR-SHARE-002",
      "NR-SHARE-003",
      "NR-SHARE-004",
      "NR-SHARE-005",
      "NR-SHARE-006",
      "NR-SHARE-007",
      "NR-UPD-001",
      "NR-UPD-002",
      "NR-UPD-003",
      "NR-UPD-004",
      "NR-UPD-005",
      "NR-UPD-006",
      "NR-UPD-007",
      "NR-VEND-001",
      "NR-WEB-001",
      "NR-WEB-002",
      "NR-WEB-003",
    ]);
  });

  it.each(policies.map((p) => [p.policy.id, p] as const))("%s cites catalogued incidents and has failing and passing fixtures", (_id, compiled) => {
    const { policy } = compiled;
    expect(policy.incidents.length).toBeGreaterThan(0);
    for (const ref of policy.incidents) expect(incidents.has(ref.id), `incident ${ref.id}`).toBe(true);
    expect(policy.tests.some((t) => t.expect.length > 0), "a failing fixture").toBe(true);
    expect(policy.tests.some((t) => t.expect.length === 0), "a passing fixture").toBe(true);
    expect(policy.remediation.before && policy.remediation.after, "before/after remediation").toBeTruthy();
  });

  it.each(policies.map((p) => [p.policy.id, p] as const))("%s fixtures produce exactly the expected findings", async (_id, compiled) => {
    const outcomes = await runFixtures(compiled, process.cwd());
    expect(outcomes.filter((o) => !passed(o))).toEqual([]);
  });
});
