import type { FindingDiff, RuleChange } from "../../diff/types.js";
import type { Finding, Policy, RunResult } from "../../types.js";
import { WAIVER_EXTENDED } from "../../waivers/extensions.js";
import { COMMENT_LIMIT, renderWithin, type Block } from "./budget.js";
import { escapeMarkdown } from "./escape.js";
import { byUrgency, FINDINGS_HEAD, findingRow, location, type RowContext } from "./finding-row.js";
import type { IncidentCatalogue } from "./policy-help.js";
import { ruleChangesBlock } from "./rule-changes.js";

/** The hidden first line by which the Action finds its own comment to update it. */
export const PR_COMMENT_MARKER = "<!-- norecur:pr-comment -->";

/** What the pull-request comment is about. */
export interface PrCommentOptions {
  /** The policies that ran. */
  policies: readonly Policy[];
  /** The incident catalogue. */
  incidents: IncidentCatalogue;
  /** Head findings compared with the base revision. */
  diff: FindingDiff;
  /** Changes this pull request makes to policies, config and waivers. */
  ruleChanges?: readonly RuleChange[] | undefined;
  /** Links to files in the head revision. */
  fileUrl?: ((file: string, line?: number) => string | undefined) | undefined;
  /** Size limit in UTF-8 bytes (default: GitHub's 65,536-character comment limit). */
  maxBytes?: number | undefined;
}

/**
 * One comment about what this pull request changes: findings it introduces, findings it fixes,
 * waivers it adds (a new finding that arrives already waived) or extends, and changes to the rules
 * that judge it. Findings the pull request did not touch stay in the job summary. Null when there
 * is nothing to say, so the Action posts nothing.
 */
export function renderPrComment(result: RunResult, options: PrCommentOptions): string | null {
  const context: RowContext = { policies: new Map(options.policies.map((p) => [p.id, p])), incidents: options.incidents, fileUrl: options.fileUrl };
  const fresh = byUrgency(options.diff.new.filter((f) => f.status !== "waived" && f.policyId !== WAIVER_EXTENDED));
  const newlyWaived = options.diff.new.filter((f) => f.status === "waived");
  const extended = options.diff.new.filter((f) => f.policyId === WAIVER_EXTENDED);
  const fixed = options.diff.fixed;
  const changes = options.ruleChanges ?? [];
  if (fresh.length + newlyWaived.length + extended.length + fixed.length + changes.length === 0) return null;

  const failing = fresh.filter((f) => f.status === "fail").length;
  const lead = [
    `**${fresh.length} new finding${fresh.length === 1 ? "" : "s"}**${fresh.length > failing ? ` (${fresh.length - failing} could not be decided)` : ""}`,
    `**${fixed.length} fixed**`,
    ...(newlyWaived.length + extended.length > 0 ? [`${newlyWaived.length + extended.length} waiver change${newlyWaived.length + extended.length === 1 ? "" : "s"}`] : []),
    ...(changes.length > 0 ? [`${changes.length} change${changes.length === 1 ? "" : "s"} to the rules`] : []),
  ].join(", ");
  const blocks: Block[] = [
    `${PR_COMMENT_MARKER}\n## norecur: this pull request\n\n${lead}; failing at ${result.failOn} and above.\n`,
    { head: `\n### New findings (${fresh.length})\n\n${FINDINGS_HEAD}`, items: fresh.map((f) => findingRow(f, context)), more: (n) => `\n… and ${n} more in the job summary.\n` },
    {
      head: `\n### Fixed (${fixed.length})\n\n| Severity | Policy | Location | Finding |\n| --- | --- | --- | --- |\n`,
      items: fixed.map((f) => `| ${f.severity} | ${escapeMarkdown(f.policyId)} | ${location(f, { fileUrl: undefined })} | ${escapeMarkdown(f.message)} |\n`),
      more: (n) => `\n… and ${n} more.\n`,
    },
    {
      head: `\n### Waivers added or extended (${newlyWaived.length + extended.length})\n\n`,
      items: [...newlyWaived.map((f) => waivedItem(f, context)), ...extended.map((f) => `- **extended** at ${location(f, context)}: ${escapeMarkdown(f.message)}\n`)],
      more: (n) => `- … and ${n} more\n`,
    },
  ];
  if (changes.length > 0) blocks.push(ruleChangesBlock(changes));
  return renderWithin(blocks, options.maxBytes ?? COMMENT_LIMIT);
}

function waivedItem(f: Finding, context: RowContext): string {
  const w = f.waiver;
  const by = w ? ` by ${escapeMarkdown(w.owner)} until ${w.expires}: ${escapeMarkdown(w.reason)} (${escapeMarkdown(w.source)})` : "";
  return `- **added** for ${escapeMarkdown(f.policyId)} at ${location(f, context)}${by}\n`;
}
