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
  /** Lines the pull request added or changed, by file: inline waivers written on them are listed as added. */
  changedLines?: ReadonlyMap<string, ReadonlySet<number>> | undefined;
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
  // An inline waiver on a changed line can silence a finding the base already had (that finding
  // is then "existing"), so such waivers are listed themselves, and the new findings they cover once.
  const inline = result.waivers.filter((w) => w.waiver.origin === "inline" && options.changedLines?.get(w.waiver.file)?.has(w.waiver.range.line));
  const inlineSources = new Set(inline.map((w) => `${w.waiver.file}:${w.waiver.range.line}`));
  const newlyWaived = options.diff.new.filter((f) => f.status === "waived" && !inlineSources.has(f.waiver?.source ?? ""));
  const extended = options.diff.new.filter((f) => f.policyId === WAIVER_EXTENDED);
  const fixed = options.diff.fixed;
  const changes = options.ruleChanges ?? [];
  const waiverChanges = newlyWaived.length + inline.length + extended.length;
  if (fresh.length + waiverChanges + fixed.length + changes.length === 0) return null;

  const failing = fresh.filter((f) => f.status === "fail").length;
  const lead = [
    `**${fresh.length} new finding${fresh.length === 1 ? "" : "s"}**${fresh.length > failing ? ` (${fresh.length - failing} could not be decided)` : ""}`,
    `**${fixed.length} fixed**`,
    ...(waiverChanges > 0 ? [`${waiverChanges} waiver change${waiverChanges === 1 ? "" : "s"}`] : []),
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
      head: `\n### Waivers added or extended (${waiverChanges})\n\n`,
      items: [
        ...inline.map((w) => `- **inline waiver** for ${escapeMarkdown(w.waiver.policy)} at ${escapeMarkdown(`${w.waiver.file}:${w.waiver.range.line}`)} by ${escapeMarkdown(w.waiver.owner)} until ${w.waiver.expires}: ${escapeMarkdown(w.waiver.reason)} (covers ${w.matched} finding${w.matched === 1 ? "" : "s"})\n`),
        ...newlyWaived.map((f) => waivedItem(f, context)),
        ...extended.map((f) => `- **extended** at ${location(f, context)}: ${escapeMarkdown(f.message)}\n`),
      ],
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
