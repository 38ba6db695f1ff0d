import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderPrComment } from "../../src/report/markdown/pr-comment.js";
import { renderSummary } from "../../src/report/markdown/summary.js";
import { SEVERITIES, type Finding } from "../../src/types.js";
import { INCIDENTS, policy, runResult } from "./fixtures.js";

/** Text an attacker controls: Markdown and HTML punctuation, line breaks, backslashes, anything. */
const hostile = fc.string({ unit: fc.oneof(fc.constantFrom("|", "\\", "`", "<", ">", "&", "\n", "\r", "*", "_", "[", "]", "@", "#", "~"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 40 });

const arbitraryFinding = fc
  .record({
    severity: fc.constantFrom(...SEVERITIES),
    status: fc.constantFrom("fail" as const, "unknown" as const, "waived" as const),
    message: hostile,
    file: hostile.filter((s) => s.length > 0),
    owner: hostile,
    line: fc.integer({ min: 1, max: 999 }),
  })
  .map(
    ({ line, owner, ...f }): Finding => ({
      ...f,
      policyId: "NR-CACHE-001",
      range: { line, column: 1, endLine: line, endColumn: 2 },
      subject: "s",
      incidents: [],
      ...(f.status === "waived" ? { waiver: { owner, reason: owner, expires: "2027-01-01", daysLeft: 5, source: "w:1" } } : {}),
    }),
  );

/** Pipes that delimit cells: those not escaped by an odd run of backslashes. */
function cellPipes(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] !== "|") continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && line[j] === "\\"; j -= 1) slashes += 1;
    if (slashes % 2 === 0) count += 1;
  }
  return count;
}

/** Every table row has its table's number of cells, and no HTML is opened but ours. */
function expectWellFormed(text: string): void {
  let columns = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith("|")) {
      columns = 0;
      continue;
    }
    if (columns === 0) columns = cellPipes(line);
    expect(cellPipes(line), line).toBe(columns);
  }
  expect(text.replace(/<\/?(br|sub)>|<!-- norecur:pr-comment -->/g, "")).not.toMatch(/</);
}

describe("Markdown reports on hostile input", () => {
  it("keep every row one row, open no HTML and stay within the limit", () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 30 }), fc.integer({ min: 2_000, max: 20_000 }), (findings, maxBytes) => {
        const result = runResult(findings);
        const summary = renderSummary(result, { policies: [policy()], incidents: INCIDENTS, maxBytes });
        expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(maxBytes);
        expectWellFormed(summary);
        const half = Math.floor(findings.length / 2);
        const comment = renderPrComment(result, { policies: [policy()], incidents: INCIDENTS, diff: { new: findings.slice(0, half), existing: [], fixed: findings.slice(half) }, maxBytes }) ?? "";
        expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(maxBytes);
        expectWellFormed(comment);
      }),
      { numRuns: 150 },
    );
  });
});
