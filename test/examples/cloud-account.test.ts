import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";

describe("examples/cloud-account", () => {
  it("shows one finding per cloud domain, at the lines its README lists (the repository root's Dependabot covers it)", async () => {
    const result = await check({ cwd: join(process.cwd(), "examples/cloud-account"), paths: ["."], config: false });
    expect(result.findings.map((f) => `${f.policyId} ${f.file}${f.range ? `:${f.range.line}:${f.range.column}` : ""}`)).toEqual([
      "NR-ENC-001 main.tf:4:1",
      "NR-EXP-001 main.tf:10:25",
      "NR-IMDS-001 main.tf:17:1",
    ]);
  });
});
