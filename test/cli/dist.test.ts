import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** The README's first quick-start command, run as a user would: the committed bundle, no install. */
describe("node dist/cli.js", () => {
  it("checks the examples and reports real findings with exit 1", () => {
    const run = spawnSync(process.execPath, ["dist/cli.js", "check", "examples/shop", "--format", "json"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as { findings: Array<{ policyId: string; file: string }>; summary: { evaluated: number } };
    expect(result.summary.evaluated).toBeGreaterThan(0);
    expect(new Set(result.findings.map((f) => f.policyId))).toEqual(new Set(["NR-EGR-001", "NR-UPD-001", "NR-UPD-003"]));
  });

  it("prints help and exits 2 without a command", () => {
    const run = spawnSync(process.execPath, ["dist/cli.js"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("Usage:");
  });
});
