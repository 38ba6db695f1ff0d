import { posix } from "node:path";
import { findingFingerprint } from "../diff/fingerprint.js";
import type { FindingDiff } from "../diff/types.js";
import { SEVERITIES, type Finding, type Policy, type RunResult, type Severity } from "../types.js";
import { policyHelpMarkdown, policyHelpText, type IncidentCatalogue } from "./markdown/policy-help.js";
import { redactText } from "./redact.js";
import { toolRule } from "./tool-rules.js";

/** What SARIF needs beyond the result. */
export interface SarifContext {
  /** The policies that ran: one SARIF rule each. */
  policies: readonly Policy[];
  /** Incident catalogue, for the rules' help. */
  incidents: IncidentCatalogue;
  /** norecur's version, for `tool.driver.version`. */
  version: string;
  /** The text of a line of a scanned file, for fingerprints; undefined when unknown. */
  sourceLine: (file: string, line: number) => string | undefined;
  /** Where users learn about norecur, for `tool.driver.informationUri`. */
  informationUri?: string | undefined;
  /** With a base revision: results get `baselineState` new or unchanged. */
  diff?: FindingDiff | undefined;
  /** Most results written (default: code scanning's 25,000 per run, over which it rejects the file). */
  maxResults?: number | undefined;
}

/** Code scanning's limits: it rejects a run with more results, and shows at most 10 tags per rule (rejecting over 20). */
const MAX_RESULTS = 25_000;
const MAX_TAGS = 10;

/** A SARIF log as plain JSON data (the shape is checked against the SARIF 2.1.0 schema in tests). */
export type SarifLog = Record<string, unknown> & { version: "2.1.0"; runs: Array<Record<string, unknown>> };

type Level = "error" | "warning" | "note";

/** How GitHub code scanning ranks alerts: its critical band starts above 9.0, high at 7.0, medium at 4.0. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "0.0" };

const LEVEL: Record<Severity, Level> = { critical: "error", high: "error", medium: "warning", low: "warning", info: "note" };

/**
 * The run as a SARIF 2.1.0 log for code scanning. Our ranges and SARIF regions agree: lines and
 * columns 1-based, columns in UTF-16 code units (`columnKind` says so), end column exclusive
 * (the SARIF schema: `endColumn` is "the column number of the character following the end of the
 * region"), so they map as is.
 */
export function toSarif(result: RunResult, context: SarifContext): SarifLog {
  // One rule per id even if a policy was loaded twice: code scanning keys rules by id.
  const unique = [...new Map([...context.policies].reverse().map((p) => [p.id, p])).values()];
  const policies = unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rules: Array<Record<string, unknown>> = policies.map((p) => policyRule(p, context.incidents));
  const index = new Map(policies.map((p, i) => [p.id, i]));
  for (const finding of result.findings) {
    if (index.has(finding.policyId)) continue;
    index.set(finding.policyId, rules.length);
    rules.push(toolLevelRule(finding));
  }
  const fresh = context.diff ? new Set(context.diff.new.map(findingKey)) : undefined;
  const kept = mostUrgent(result.findings, context.maxResults ?? MAX_RESULTS);
  const left = result.findings.length - kept.length;
  const driver: Record<string, unknown> = { name: "norecur", version: context.version, semanticVersion: context.version, rules };
  if (context.informationUri) driver["informationUri"] = context.informationUri;
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root (the git work tree); finding paths are relative to it." } } },
        results: kept.map((f) => withBaseline(toResult(f, index.get(f.policyId) ?? 0, context, result.repositoryPath), f, fresh)),
        ...(left > 0 ? { invocations: [truncationNotice(left)] } : {}),
      },
    ],
  };
}

/** The first `max` findings by urgency (failing, then undecided, then waived; most severe first), in the result's order. */
function mostUrgent(findings: readonly Finding[], max: number): readonly Finding[] {
  if (findings.length <= max) return findings;
  const status = { fail: 0, unknown: 1, waived: 2 } as const;
  const chosen = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => status[a.f.status] - status[b.f.status] || SEVERITIES.indexOf(b.f.severity) - SEVERITIES.indexOf(a.f.severity) || a.i - b.i)
    .slice(0, Math.max(0, max))
    .sort((a, b) => a.i - b.i);
  return chosen.map(({ f }) => f);
}

/** Says in the log itself that results were left out, so a shorter list is not mistaken for fixes. */
function truncationNotice(left: number): Record<string, unknown> {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: [
      { level: "warning", message: { text: `${left} less urgent finding${left === 1 ? " was" : "s were"} left out of this log: code scanning accepts at most ${MAX_RESULTS} results per run. --format json lists every finding.` } },
    ],
  };
}

/** SARIF's own word for new and existing findings, so viewers can filter what a change introduced. */
function withBaseline(sarif: Record<string, unknown>, finding: Finding, fresh: ReadonlySet<string> | undefined): Record<string, unknown> {
  return fresh ? { ...sarif, baselineState: fresh.has(findingKey(finding)) ? "new" : "unchanged" } : sarif;
}

/** Identity of a finding within one run (the diff may hold copies rather than the same objects). */
function findingKey(f: Finding): string {
  return [f.policyId, f.file, f.range?.line ?? 0, f.range?.column ?? 0, f.subject, f.message].join("\u0000");
}

function policyRule(policy: Policy, incidents: IncidentCatalogue): Record<string, unknown> {
  const rule: Record<string, unknown> = {
    id: policy.id,
    name: ruleName(policy.title),
    shortDescription: { text: redactText(policy.title) },
    fullDescription: { text: redactText(policy.description.replace(/\s+/g, " ").trim()) },
    help: { text: policyHelpText(policy, incidents), markdown: policyHelpMarkdown(policy, incidents) },
    defaultConfiguration: { level: LEVEL[policy.severity] },
    properties: {
      tags: ["security", ...policy.incidents.map((i) => i.id), ...policy.controls.map((c) => `${c.framework} ${c.id}`)].slice(0, MAX_TAGS),
      "security-severity": SECURITY_SEVERITY[policy.severity],
      precision: "high",
      "problem.severity": LEVEL[policy.severity] === "note" ? "recommendation" : LEVEL[policy.severity],
    },
  };
  const link = policy.references.find((r) => /^https?:\/\//.test(r));
  if (link) rule["helpUri"] = link;
  return rule;
}

/** A rule for a finding no policy describes (parse errors, waiver problems). */
function toolLevelRule(finding: Finding): Record<string, unknown> {
  const { title, fix: help } = toolRule(finding.policyId);
  return {
    id: finding.policyId,
    name: ruleName(finding.policyId.replace(/-/g, " ")),
    shortDescription: { text: title },
    fullDescription: { text: help },
    help: { text: help, markdown: help },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: { tags: ["security", "norecur-tool"], "security-severity": SECURITY_SEVERITY[finding.severity], precision: "very-high" },
  };
}

function toResult(finding: Finding, ruleIndex: number, context: SarifContext, repositoryPath: string | undefined): Record<string, unknown> {
  const message = redactText(finding.message);
  const out: Record<string, unknown> = {
    ruleId: finding.policyId,
    ruleIndex,
    level: finding.status === "unknown" ? "warning" : LEVEL[finding.severity],
    message: { text: finding.status === "unknown" ? `Could not be decided from the files alone (check it by hand): ${message}` : message },
    locations: [{ physicalLocation: physicalLocation(finding, repositoryPath) }],
    partialFingerprints: { "norecurFingerprint/v1": findingFingerprint(finding, finding.range ? context.sourceLine(finding.file, finding.range.line) : undefined) },
    properties: { severity: finding.severity, status: finding.status, subject: redactText(finding.subject), incidents: [...finding.incidents] },
  };
  if (finding.waiver) {
    const w = finding.waiver;
    const justification = `${w.reason} (owner ${w.owner}, expires ${w.expires}, ${w.source}${w.ticket ? `, ${w.ticket}` : ""})`;
    out["suppressions"] = [{ kind: "external", status: "accepted", justification: redactText(justification) }];
  }
  return out;
}

/**
 * Paths are reported from the directory norecur ran in; code scanning maps URIs from the
 * repository root, so a run from `deploy/` prefixes `deploy/`. A repository-level finding
 * (file `.`) points at the checked directory without a region.
 */
function physicalLocation(finding: Finding, repositoryPath: string | undefined): Record<string, unknown> {
  const uri =
    finding.file === "."
      ? repositoryPath === undefined ? "./" : `${fileUri(repositoryPath)}/`
      : fileUri(repositoryPath === undefined ? finding.file : posix.normalize(`${repositoryPath}/${finding.file}`));
  const artifactLocation = { uri, uriBaseId: "%SRCROOT%" };
  const r = finding.range;
  if (!r || finding.file === ".") return { artifactLocation };
  // Keep the region well-formed even for a degenerate range: SARIF needs start ≤ end and positive numbers.
  const startLine = Math.max(1, r.line);
  const startColumn = Math.max(1, r.column);
  const endLine = Math.max(startLine, r.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, r.endColumn) : Math.max(1, r.endColumn);
  return { artifactLocation, region: { startLine, startColumn, endLine, endColumn } };
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `%` and non-ASCII are legal in paths, not in URIs). */
export function fileUri(file: string): string {
  if (file === ".") return "./";
  // encodeURIComponent throws on a lone surrogate; a file name can hold one on some systems.
  const wellFormed = file.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return wellFormed.split("/").map(encodeURIComponent).join("/");
}

/** `Form input is never cached` → `FormInputIsNeverCached`: SARIF's user-facing rule name. */
function ruleName(title: string): string {
  const words = title.match(/[A-Za-z0-9]+/g) ?? [];
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("") || "Rule";
}
