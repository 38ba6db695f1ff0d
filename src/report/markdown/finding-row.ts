import type { Finding, Policy } from "../../types.js";
import { SEVERITIES } from "../../types.js";
import { toolRule } from "../tool-rules.js";
import { escapeMarkdown, inlineAuthored } from "./escape.js";
import { incidentOneLiner, type IncidentCatalogue } from "./policy-help.js";

/** What a finding row needs to say more than the finding itself. */
export interface RowContext {
  /** Policies by id, for the incident and the fix. */
  policies: ReadonlyMap<string, Policy>;
  /** The incident catalogue. */
  incidents: IncidentCatalogue;
  /** A link to a file (and line) in the repository, when the caller knows the URL scheme. */
  fileUrl?: ((file: string, line?: number) => string | undefined) | undefined;
}

/** The header of a findings table, with its separator line. */
export const FINDINGS_HEAD = "| Severity | Policy | Location | Finding | Fix |\n| --- | --- | --- | --- | --- |\n";

/** One table row: severity (or `unknown`), policy, linked location, message with the incident one-liner, fix. */
export function findingRow(f: Finding, context: RowContext): string {
  const policy = context.policies.get(f.policyId);
  const incident = policy ? incidentOneLiner(policy, context.incidents) : undefined;
  const fix = policy ? policy.remediation.summary : toolRule(f.policyId).fix;
  const severity = f.status === "unknown" ? `unknown (${f.severity})` : f.status === "waived" ? `waived (${f.severity})` : `**${f.severity}**`;
  const finding = `${escapeMarkdown(f.message)}${incident ? `<br><sub>Incident: ${inlineAuthored(incident)}</sub>` : ""}`;
  return `| ${severity} | ${escapeMarkdown(f.policyId)} | ${location(f, context)} | ${finding} | ${inlineAuthored(fix)} |\n`;
}

/** `file:line:col`, linked when a URL is known; `repository` for repository-level findings. */
export function location(f: Finding, context: Pick<RowContext, "fileUrl">): string {
  if (f.file === ".") return "repository";
  const text = escapeMarkdown(f.range ? `${f.file}:${f.range.line}:${f.range.column}` : f.file);
  const url = context.fileUrl?.(f.file, f.range?.line);
  return url ? `[${text}](${linkTarget(url)})` : text;
}

/** A URL safe inside `(...)` of a Markdown link. */
function linkTarget(url: string): string {
  return url.replace(/[\s()<>|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** Most urgent first: failing before unknown before waived, then by severity; ties keep the result's file order. */
export function byUrgency(findings: readonly Finding[]): Finding[] {
  const statusRank = { fail: 0, unknown: 1, waived: 2 } as const;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => statusRank[a.f.status] - statusRank[b.f.status] || SEVERITIES.indexOf(b.f.severity) - SEVERITIES.indexOf(a.f.severity) || a.i - b.i)
    .map(({ f }) => f);
}
