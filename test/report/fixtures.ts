import type { Incident } from "../../src/policy/incidents.js";
import type { Finding, Policy, RunResult, Severity } from "../../src/types.js";
import { SEVERITIES } from "../../src/types.js";

/** A policy as the loader returns it, with fields overridable per test. */
export function policy(overrides: Partial<Policy> = {}): Policy {
  return {
    id: "NR-CACHE-001",
    title: "Form pages are never stored in a page cache",
    severity: "critical",
    description: "A cached form page shows one visitor's input to the next.\n\nExclude form pages.\n",
    incidents: [{ id: "tokyo-theatre-2024-02", lesson: "Form pages stay out of every cache." }],
    controls: [{ framework: "ISO/IEC 27001:2022", id: "A.8.12" }],
    target: { kind: "page-cache" },
    params: {},
    assert: [{ cel: "true" }],
    remediation: { summary: "Add the form pages to `rejected_uri`.", before: "rejected_uri: []\n", after: "rejected_uri: ['/contact/']\n" },
    references: ["https://example.org/cache-docs"],
    tests: [],
    file: "/policies/cache/policy.yaml",
    builtin: true,
    ...overrides,
  };
}

/** The catalogue entry the default policy cites. */
export const INCIDENTS: ReadonlyMap<string, Incident> = new Map([
  [
    "tokyo-theatre-2024-02",
    {
      id: "tokyo-theatre-2024-02",
      title: "Form input cached by a WordPress cache plugin and shown to other visitors",
      date: "2024-01-17/2024-02-05",
      summary: "Input typed into forms was shown to other visitors for 19 days.",
      causes: ["The cache plugin stored form pages."],
      controls: ["Exclude form pages from every cache."],
    },
  ],
]);

/** A failing finding with a one-line range. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    policyId: "NR-CACHE-001",
    severity: "critical",
    status: "fail",
    message: "/contact/ is cached",
    file: "wp-content/wp-cache-config.php",
    range: { line: 12, column: 5, endLine: 12, endColumn: 30 },
    subject: "wp-super-cache",
    incidents: ["tokyo-theatre-2024-02"],
    ...overrides,
  };
}

/** A run result over the given findings, with consistent totals. */
export function runResult(findings: Finding[], overrides: Partial<RunResult> = {}): RunResult {
  const failures = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (f.status === "fail") failures[f.severity] += 1;
  return {
    version: 1,
    failOn: "low",
    files: [],
    findings,
    coverage: [],
    waivers: [],
    summary: {
      evaluated: 3,
      skipped: 1,
      errored: 0,
      failures,
      unknown: findings.filter((f) => f.status === "unknown").length,
      waived: findings.filter((f) => f.status === "waived").length,
      unmatchedPolicies: [],
    },
    ...overrides,
  };
}

/** The same finding at repository level: file `.` and no range. */
export function repositoryLevel(f: Finding): Finding {
  const copy: Finding = { ...f, file: "." };
  delete copy.range;
  return copy;
}
