import { describe, expect, it } from "vitest";
import { check } from "../../../src/run.js";

describe("examples/updates", () => {
  it("reports exactly the findings its README lists", async () => {
    const result = await check({ cwd: process.cwd(), paths: ["examples/updates"], config: false });
    const updates = result.findings.filter((f) => f.policyId.startsWith("NR-UPD-"));
    expect(updates.map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column}`)).toEqual([
      "NR-UPD-003 examples/updates/.github/dependabot.yml:17:9",
      "NR-UPD-001 examples/updates/Dockerfile:4:6",
      "NR-UPD-001 examples/updates/compose.yaml:12:12",
      "NR-UPD-003 examples/updates/etc/apt/apt.conf.d/50unattended-upgrades:2:1",
      "NR-UPD-004 examples/updates/ops/wp-cli/plugins.json:4:126",
      "NR-UPD-006 examples/updates/staging/wp-config.php:4:32",
      "NR-UPD-005 examples/updates/wordpress/composer.json:1:1",
      "NR-UPD-003 examples/updates/wordpress/wp-config.php:10:39",
    ]);
    expect(result.files.filter((f) => f.status !== "evaluated").map((f) => f.path)).toEqual(["examples/updates/README.md"]);
  });
});
