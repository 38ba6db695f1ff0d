import { byCodeUnits } from "./compare.js";
import { SEVERITIES, type FileRecord, type Finding, type PolicyCoverage, type RunSummary, type Severity } from "./types.js";

/** Deterministic order: file, line, column, policy id, message. Repository-level findings first in their file. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Field by field, without making a key of each finding at every comparison. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    byCodeUnits(a.file, b.file) ||
    (a.range?.line ?? 0) - (b.range?.line ?? 0) ||
    (a.range?.column ?? 0) - (b.range?.column ?? 0) ||
    byCodeUnits(a.policyId, b.policyId) ||
    byCodeUnits(a.message, b.message)
  );
}

/** Totals for the end of a run. */
export function summarize(files: readonly FileRecord[], findings: readonly Finding[], coverage: readonly PolicyCoverage[]): RunSummary {
  const failures = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of findings) if (finding.status === "fail") failures[finding.severity] += 1;
  return {
    evaluated: files.filter((f) => f.status === "evaluated").length,
    skipped: files.filter((f) => f.status === "skipped").length,
    errored: files.filter((f) => f.status === "errored").length,
    failures,
    unknown: findings.filter((f) => f.status === "unknown").length,
    waived: findings.filter((f) => f.status === "waived").length,
    unmatchedPolicies: coverage.filter((c) => c.subjects === 0).map((c) => c.policyId),
  };
}

/** Rank of a severity, for thresholds: info 0 … critical 4. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
