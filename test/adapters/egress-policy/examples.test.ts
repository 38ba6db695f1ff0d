import { describe, expect, it } from "vitest";
import { check } from "../../../src/run.js";

const place = (f: { policyId: string; file: string; range?: { line: number; column: number }; status: string }) =>
  `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column}${f.status === "unknown" ? " unknown" : ""}`;

describe("the egress examples", () => {
  it("examples/egress shows one finding of each egress policy", async () => {
    const result = await check({ cwd: process.cwd(), paths: ["examples/egress"], config: false });
    expect(result.findings.filter((f) => f.policyId.startsWith("NR-EGR")).map(place)).toEqual([
      "NR-EGR-003 examples/egress/.github/workflows/export.yml:18:13",
      "NR-EGR-001 examples/egress/compose.yaml:9:16",
      "NR-EGR-002 examples/egress/proxy/squid.conf:13:1",
      "NR-EGR-004 examples/egress/terraform/db.tf:15:23",
    ]);
  });

  it("examples/shop keeps its NR-EGR-001 findings and gains the data-tier security group's", async () => {
    const result = await check({ cwd: process.cwd(), paths: ["examples/shop"], config: false });
    expect(result.findings.filter((f) => f.policyId.startsWith("NR-EGR")).map(place)).toEqual([
      "NR-EGR-001 examples/shop/k8s/namespace.yaml:1:1",
      "NR-EGR-001 examples/shop/k8s/networkpolicy.yaml:24:7",
      "NR-EGR-004 examples/shop/terraform/main.tf:76:25",
      "NR-EGR-004 examples/shop/terraform/main.tf:77:25",
    ]);
  });
});
