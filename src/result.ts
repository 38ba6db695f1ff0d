import { SEVERITIES, type FileRecord, type Finding, type PolicyCoverage, type RunSummary, type Severity } from "./types.js";

/** Deterministic order: file, line, column, policy id, message. Repository-level findings first in their file. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding): [string, number, number, string, string] => [f.file, f.range?.line ?? 0, f.range?.column ?? 0, f.policyId, f.message];
  return [...findings].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i += 1) {
      const x = ka[i] as string | number;
      const y = kb[i] as string | number;
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
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
