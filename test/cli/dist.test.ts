import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** The README's first quick-start command, run as a user would: the committed bundle, no install. */
describe("node dist/cli.js", () => {
  it("checks the examples and reports real findings with exit 1", () => {
    const run = spawnSync(process.execPath, ["dist/cli.js", "check", "examples/shop", "--format", "json"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as { findings: Array<{ policyId: string; file: string; range?: { line: number; column: number } }>; summary: { evaluated: number } };
    expect(result.summary.evaluated).toBeGreaterThan(0);
    // examples/README.md lists these findings and why each is there.
    expect(result.findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column}`)).toEqual([
      "NR-EGR-001 examples/shop/k8s/namespace.yaml:1:1",
      "NR-EGR-001 examples/shop/k8s/networkpolicy.yaml:24:7",
      "NR-UPD-001 examples/shop/k8s/wordpress.yaml:30:18",
      "NR-CACHE-003 examples/shop/nginx/shop.conf:65:30",
      "NR-CACHE-001 examples/shop/nginx/shop.conf:68:9",
      "NR-CACHE-002 examples/shop/nginx/shop.conf:68:9",
      "NR-UPD-003 examples/shop/renovate.json5:35:14",
      "NR-EGR-004 examples/shop/terraform/main.tf:76:25",
      "NR-EGR-004 examples/shop/terraform/main.tf:77:25",
    ]);
  });

  it("prints help and exits 2 without a command", () => {
    const run = spawnSync(process.execPath, ["dist/cli.js"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("Usage:");
  });
});
