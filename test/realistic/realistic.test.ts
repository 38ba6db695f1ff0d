import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const shapes = readdirSync(here).filter((name) => statSync(join(here, name)).isDirectory());

/** `POLICY file:line:col status`, or `POLICY file status` for a finding without a position. */
function line(finding: { policyId: string; file: string; range?: { line: number; column: number }; status: string }): string {
  const at = finding.range ? `${finding.file}:${finding.range.line}:${finding.range.column}` : finding.file;
  return `${finding.policyId} ${at} ${finding.status}`;
}

describe("realistic corpus", () => {
  it("has shapes to check", () => {
    expect(shapes.length).toBeGreaterThan(0);
  });
  for (const shape of shapes) {
    it(`${shape}: exactly the expected findings`, async () => {
      const dir = join(here, shape);
      const expected = readFileSync(join(dir, "expected.txt"), "utf8")
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "" && !l.startsWith("#"))
        .sort();
      // Each shape is a repository of its own, not a directory of this one.
      const result = await check({ cwd: dir, config: false, repositoryRoot: dir, now: new Date("2026-01-15T00:00:00Z") });
      const produced = result.findings.map(line).sort();
      expect(produced).toEqual(expected);
    });
  }
});
