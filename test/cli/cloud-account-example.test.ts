import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** examples/cloud-account: one deliberate mistake per cloud data-store domain, as examples/README.md lists them. */
describe("examples/cloud-account", () => {
  it("reports one finding per domain at its exact position", () => {
    const run = spawnSync(process.execPath, ["dist/cli.js", "check", "examples/cloud-account", "--format", "json"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as { findings: Array<{ policyId: string; file: string; range?: { line: number; column: number } }> };
    expect(result.findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column}`)).toEqual([
      "NR-ENC-001 examples/cloud-account/main.tf:14:29",
      "NR-BAK-001 examples/cloud-account/main.tf:15:29",
      "NR-EXP-003 examples/cloud-account/main.tf:30:19",
      "NR-IMDS-001 examples/cloud-account/main.tf:43:19",
      "NR-LOG-001 examples/cloud-account/main.tf:50:32",
      "NR-PWD-001 examples/cloud-account/main.tf:61:36",
    ]);
  });
});
