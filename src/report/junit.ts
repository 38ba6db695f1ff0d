import { severityRank } from "../result.js";
import type { Finding, Policy, RunResult } from "../types.js";
import { redactText } from "./redact.js";

/**
 * The run as JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure). One
 * test suite per policy; one test case per finding, or one passing case for a policy that found
 * nothing. Failing findings at or above `fail-on` are failures; findings that do not fail the run
 * (below the threshold, undecided, waived) are skipped with the reason, so the report is red
 * exactly when the exit code is.
 */
export function toJunit(result: RunResult, context: { policies: readonly Policy[] }): string {
  const byPolicy = new Map<string, Finding[]>();
  for (const policy of [...context.policies].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) byPolicy.set(policy.id, []);
  for (const finding of result.findings) {
    const list = byPolicy.get(finding.policyId);
    if (list) list.push(finding);
    else byPolicy.set(finding.policyId, [finding]);
  }
  const titles = new Map(context.policies.map((p) => [p.id, p.title]));
  const subjects = new Map(result.coverage.map((c) => [c.policyId, c.subjects]));

  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const suites: string[] = [];
  for (const [id, findings] of byPolicy) {
    const cases: Array<{ xml: string; outcome: Outcome }> = findings.map((f) => testCase(f, result.failOn));
    if (cases.length === 0) cases.push({ xml: `    <testcase classname="${attr(id)}" name="${attr(`no findings (${subjects.get(id) ?? 0} subjects checked)`)}"/>`, outcome: "pass" });
    const suiteFailures = cases.filter((c) => c.outcome === "failure").length;
    const suiteSkipped = cases.filter((c) => c.outcome === "skipped").length;
    tests += cases.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    const name = titles.has(id) ? `${id}: ${titles.get(id) ?? ""}` : id;
    suites.push(
      `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${cases.map((c) => c.xml).join("\n")}\n  </testsuite>`,
    );
  }
  return [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="norecur" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`, ...suites, `</testsuites>`, ""].join("\n");
}

type Outcome = "pass" | "failure" | "skipped";

function testCase(f: Finding, failOn: RunResult["failOn"]): { xml: string; outcome: Outcome } {
  const where = f.file === "." ? "repository" : f.range ? `${f.file}:${f.range.line}:${f.range.column}` : f.file;
  const open = `    <testcase classname="${attr(f.policyId)}" name="${attr(`${where} ${f.subject}`)}" file="${attr(f.file)}"${f.range ? ` line="${f.range.line}"` : ""}>`;
  const message = attr(f.message);
  let body: string;
  let outcome: Outcome = "skipped";
  if (f.status === "waived") {
    const w = f.waiver;
    body = `<skipped message="${attr(`waived${w ? ` by ${w.owner} until ${w.expires}: ${w.reason}` : ""}`)}"/>`;
  } else if (f.status === "unknown") {
    body = `<skipped message="${attr(`could not be decided: ${f.message}`)}"/>`;
  } else if (severityRank(f.severity) < severityRank(failOn)) {
    body = `<skipped message="${attr(`${f.severity}, below fail-on ${failOn}: ${f.message}`)}"/>`;
  } else {
    outcome = "failure";
    body = `<failure message="${message}" type="${f.severity}">${text(`${where}: ${f.message}`)}</failure>`;
  }
  return { xml: `${open}\n      ${body}\n    </testcase>`, outcome };
}

/**
 * Text XML 1.0 can carry: characters it forbids even as references (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD, then markup characters become entities.
 */
function text(value: string): string {
  return redactText(value)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** An attribute value: also quotes, and line breaks as references (parsers normalise raw ones to spaces). */
function attr(value: string): string {
  return text(value).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
