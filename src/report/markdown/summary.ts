import type { FindingDiff, RuleChange } from "../../diff/types.js";
import type { Finding, Policy, RunResult } from "../../types.js";
import { SEVERITIES } from "../../types.js";
import { describeDays } from "../../waivers/waiver-state.js";
import { renderWithin, SUMMARY_LIMIT, type Block } from "./budget.js";
import { escapeMarkdown } from "./escape.js";
import { byUrgency, FINDINGS_HEAD, findingRow, location, type RowContext } from "./finding-row.js";
import type { IncidentCatalogue } from "./policy-help.js";
import { ruleChangesBlock } from "./rule-changes.js";

/** What the job summary shows beyond the result. */
export interface SummaryOptions {
  /** The policies that ran (incident one-liners and fixes). */
  policies: readonly Policy[];
  /** The incident catalogue. */
  incidents: IncidentCatalogue;
  /** Findings compared with the base revision: new ones are listed first. */
  diff?: FindingDiff | undefined;
  /** Changes this pull request makes to policies, config and waivers. */
  ruleChanges?: readonly RuleChange[] | undefined;
  /** Findings that could not be annotated (GitHub's per-step limits). */
  notAnnotated?: number | undefined;
  /** Links to files, e.g. `https://github.com/o/r/blob/<sha>/<file>#L<line>`. */
  fileUrl?: ((file: string, line?: number) => string | undefined) | undefined;
  /** Size limit in UTF-8 bytes (default: GitHub's 1 MiB per step). */
  maxBytes?: number | undefined;
}

/**
 * The Markdown job summary: totals, findings (new first when a diff is given) with the incident
 * and the fix, waived findings, waivers expiring soon, policies that matched nothing, skipped and
 * errored files. Everything from scanned files is escaped and redacted; the size stays within
 * `maxBytes`: later lists lose their tail first, each cut ending in "and N more".
 */
export function renderSummary(result: RunResult, options: SummaryOptions): string {
  const context: RowContext = { policies: new Map(options.policies.map((p) => [p.id, p])), incidents: options.incidents, fileUrl: options.fileUrl };
  const blocks: Block[] = [headline(result), totals(result), files(result, options)];

  // With a diff, its lists are the head's findings split in two; waived ones have their own list.
  if (options.diff) {
    const notWaived = (list: readonly Finding[]) => byUrgency(list.filter((f) => f.status !== "waived"));
    blocks.push(findingList("New findings", notWaived(options.diff.new), context), findingList("Existing findings", notWaived(options.diff.existing), context), fixedList(options.diff.fixed));
  } else {
    blocks.push(findingList("Findings", byUrgency(result.findings.filter((f) => f.status !== "waived")), context));
  }
  blocks.push(waivedList(result.findings.filter((f) => f.status === "waived"), context), expiringList(result));
  if (options.ruleChanges && options.ruleChanges.length > 0) blocks.push(ruleChangesBlock(options.ruleChanges));
  blocks.push(unmatchedList(result));
  return renderWithin(blocks, options.maxBytes ?? SUMMARY_LIMIT);
}

function headline(result: RunResult): string {
  const s = result.summary;
  const failing = SEVERITIES.reduce((n, sev) => n + s.failures[sev], 0);
  const parts = SEVERITIES.slice()
    .reverse()
    .filter((sev) => s.failures[sev] > 0)
    .map((sev) => `${s.failures[sev]} ${sev}`);
  const lead = failing === 0 ? "**No failing findings**" : `**${failing} failing** (${parts.join(", ")})`;
  return `## norecur\n\n${lead}, ${s.unknown} unknown, ${s.waived} waived; failing at ${result.failOn} and above.\n\n`;
}

function totals(result: RunResult): string {
  const count = (status: Finding["status"], sev: string) => result.findings.filter((f) => f.status === status && f.severity === sev).length;
  const rows = SEVERITIES.slice()
    .reverse()
    .map((sev) => `| ${sev} | ${count("fail", sev)} | ${count("unknown", sev)} | ${count("waived", sev)} |\n`);
  return `| Severity | Failing | Unknown | Waived |\n| --- | ---: | ---: | ---: |\n${rows.join("")}\n`;
}

function files(result: RunResult, options: SummaryOptions): string {
  const s = result.summary;
  const reasons = new Map<string, number>();
  for (const file of result.files) if (file.status === "skipped") reasons.set(file.reason ?? "no reason", (reasons.get(file.reason ?? "no reason") ?? 0) + 1);
  const why = [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([reason, n]) => `${n} ${escapeMarkdown(reason)}`);
  const lines = [`Files: ${s.evaluated} evaluated, ${s.skipped} skipped${why.length > 0 ? ` (${why.slice(0, 5).join("; ")}${why.length > 5 ? "; …" : ""})` : ""}, ${s.errored} errored.`];
  if (s.evaluated === 0) lines.push("**Nothing was checked**: no file matched any active policy.");
  if (options.diff) lines.push(`Compared with the base revision: ${options.diff.new.length} new, ${options.diff.existing.length} existing, ${options.diff.fixed.length} fixed.`);
  if (options.notAnnotated) lines.push(`${options.notAnnotated} finding${options.notAnnotated === 1 ? " was" : "s were"} not annotated (GitHub shows at most 10 error and 10 warning annotations per step); all are listed here.`);
  return `${lines.join("\n\n")}\n`;
}

function findingList(title: string, findings: readonly Finding[], context: RowContext): Block {
  return {
    head: `\n### ${title} (${findings.length})\n\n${FINDINGS_HEAD}`,
    items: findings.map((f) => findingRow(f, context)),
    more: (n) => `\n… and ${n} more (the SARIF file and \`--format json\` list every finding).\n\n`,
  };
}

/** Fixed findings are gone from the head, so they are not linked. */
function fixedList(findings: readonly Finding[]): Block {
  return {
    head: `\n### Fixed by this change (${findings.length})\n\n| Severity | Policy | Location | Finding |\n| --- | --- | --- | --- |\n`,
    items: findings.map((f) => `| ${f.severity} | ${escapeMarkdown(f.policyId)} | ${location(f, { fileUrl: undefined })} | ${escapeMarkdown(f.message)} |\n`),
    more: (n) => `\n… and ${n} more.\n\n`,
  };
}

function waivedList(findings: readonly Finding[], context: RowContext): Block {
  return {
    head: `\n### Waived findings (${findings.length})\n\n| Policy | Location | Owner | Expires | Reason |\n| --- | --- | --- | --- | --- |\n`,
    items: findings.map((f) => {
      const w = f.waiver;
      const expires = w ? `${w.expires} (${describeDays(w.daysLeft)})` : "";
      return `| ${escapeMarkdown(f.policyId)} | ${location(f, context)} | ${escapeMarkdown(w?.owner ?? "")} | ${expires} | ${escapeMarkdown(w?.reason ?? "")} |\n`;
    }),
    more: (n) => `\n… and ${n} more.\n\n`,
  };
}

function expiringList(result: RunResult): Block {
  const expiring = result.waivers.filter((w) => w.state === "expiring");
  return {
    head: `\n### Waivers expiring soon (${expiring.length})\n\n| Policy | Expires | Owner | Where |\n| --- | --- | --- | --- |\n`,
    items: expiring.map((w) => `| ${escapeMarkdown(w.waiver.policy)} | ${w.waiver.expires} (${describeDays(w.daysLeft)}) | ${escapeMarkdown(w.waiver.owner)} | ${escapeMarkdown(`${w.waiver.file}:${w.waiver.range.line}`)} |\n`),
    more: (n) => `\n… and ${n} more.\n\n`,
  };
}

function unmatchedList(result: RunResult): Block {
  const ids = result.summary.unmatchedPolicies;
  return {
    head: `\n### Policies that matched nothing (${ids.length})\n\nThese policies found no file to look at: check \`paths\` and \`formats\` if you expected them to apply.\n\n`,
    items: ids.map((id) => `- ${escapeMarkdown(id)}\n`),
    more: (n) => `- … and ${n} more\n`,
  };
}
