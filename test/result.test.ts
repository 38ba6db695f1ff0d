import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortFindings } from "../src/result.js";
import type { Finding } from "../src/types.js";

const finding = (file: string, line: number | undefined, column: number, policyId: string, message: string): Finding => ({
  policyId,
  severity: "high",
  status: "fail",
  message,
  file,
  ...(line === undefined ? {} : { range: { line, column, endLine: line, endColumn: column + 1 } }),
  subject: `${file}#${message}`,
  incidents: [],
});

describe("sortFindings", () => {
  it("orders by file, line, column, policy and message, findings without a range first in their file", () => {
    const found = [
      finding("b.yaml", 3, 1, "NR-A", "x"),
      finding("a.yaml", 10, 2, "NR-B", "y"),
      finding("a.yaml", 10, 2, "NR-A", "z"),
      finding("a.yaml", 2, 9, "NR-A", "z"),
      finding("a.yaml", 10, 1, "NR-C", "a"),
      finding("a.yaml", undefined, 0, "NR-D", "repository"),
      finding("a.yaml", 10, 2, "NR-A", "b"),
    ];
    expect(sortFindings(found).map((f) => [f.file, f.range?.line, f.range?.column, f.policyId, f.message])).toEqual([
      ["a.yaml", undefined, undefined, "NR-D", "repository"],
      ["a.yaml", 2, 9, "NR-A", "z"],
      ["a.yaml", 10, 1, "NR-C", "a"],
      ["a.yaml", 10, 2, "NR-A", "b"],
      ["a.yaml", 10, 2, "NR-A", "z"],
      ["a.yaml", 10, 2, "NR-B", "y"],
      ["b.yaml", 3, 1, "NR-A", "x"],
    ]);
    // The list given is left as it was.
    expect(found[0]?.file).toBe("b.yaml");
  });

  it("gives the same order whatever order the findings come in", () => {
    const arbitrary = fc.tuple(fc.constantFrom("a", "b", "a/b"), fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), fc.integer({ min: 1, max: 3 }), fc.constantFrom("NR-A", "NR-B"), fc.constantFrom("m", "n", "M"));
    fc.assert(
      fc.property(fc.array(arbitrary, { maxLength: 30 }), (tuples) => {
        const found = tuples.map(([file, line, column, policyId, message]) => finding(file, line, column, policyId, message));
        const key = (f: Finding): string => JSON.stringify([f.file, f.range?.line ?? 0, f.range?.column ?? 0, f.policyId, f.message]);
        const sorted = sortFindings(found).map(key);
        expect(sortFindings([...found].reverse()).map(key)).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sortFindings(found)[i - 1] as Finding, sortFindings(found)[i] as Finding];
          const ka = [a.file, a.range?.line ?? 0, a.range?.column ?? 0, a.policyId, a.message];
          const kb = [b.file, b.range?.line ?? 0, b.range?.column ?? 0, b.policyId, b.message];
          const first = ka.findIndex((x, k) => x !== kb[k]);
          if (first >= 0) expect((ka[first] as string | number) < (kb[first] as string | number)).toBe(true);
        }
      }),
    );
  });
});
