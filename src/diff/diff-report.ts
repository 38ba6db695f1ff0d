import { redactText } from "../report/redact.js";
import type { Finding } from "../types.js";
import type { DiffRunResult } from "./diff-run.js";
import { byCodeUnits } from "../compare.js";

/** How the section is written; the same switch as the text report's. */
export interface DiffTextContext {
  /** ANSI colours. */
  color: boolean;
  /** Whether only new findings decide the exit code (said in the last line). */
  newOnly: boolean;
}

const where = (f: Finding): string => `${f.file === "." ? "." : f.file}${f.range ? `:${f.range.line}:${f.range.column}` : ""}`;

/**
 * The comparison with the base, written after the ordinary report: every new finding marked
 * NEW with where it is, every fixed one, counts, and the rule files the change touches (with
 * whether they were applied). Pure: the same result gives the same text.
 */
export function formatDiffText(result: DiffRunResult, context: DiffTextContext): string {
  const paint = (code: number, text: string): string => (context.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const { diff } = result;
  const lines: string[] = [];
  const rules = result.rulesFrom === "base" ? `rules from ${result.baseRef}` : "rules from this change";
  lines.push(paint(4, `Compared with ${result.baseRef} (merge base ${result.mergeBase.slice(0, 12)}; ${rules})`));
  const row = (label: string, code: number, f: Finding): string =>
    `  ${paint(code, label.padEnd(6))} ${where(f)}  ${f.policyId}${f.status === "fail" ? "" : ` (${f.status})`}  ${redactText(f.message)}`;
  for (const f of diff.new) lines.push(row("NEW", 31, f));
  for (const f of diff.fixed) lines.push(row("fixed", 32, f));
  const failing = diff.new.filter((f) => f.status === "fail").length;
  lines.push(`Compared: ${diff.new.length} new (${failing} failing), ${diff.existing.length} existing, ${diff.fixed.length} fixed`);

  if (result.ruleChanges.length > 0) {
    const applied = result.rulesFrom === "head" ? "applied to this run" : `not applied: this run used the rules of ${result.baseRef}`;
    lines.push(paint(33, `Rule changes to review (${applied}):`));
    for (const change of result.ruleChanges) lines.push(`  ${change.change.padEnd(8)} ${change.kind.padEnd(7)} ${change.file}`);
  }
  if (result.refusedWaivers.length > 0) {
    lines.push(paint(33, `Inline waivers written by this change (not applied: this run used the rules of ${result.baseRef}):`));
    for (const w of result.refusedWaivers) lines.push(`  ${w.file}:${w.range.line}  ${w.policy}  owner ${redactText(w.owner)}, until ${w.expires}`);
  }
  if (context.newOnly) lines.push(paint(90, "Only new findings decide the exit code (--new-only)."));
  return `${lines.join("\n")}\n`;
}

/** The comparison as JSON, added to the result under `diff`: the findings of each class, rule changes and changed lines. */
export function diffJson(result: DiffRunResult): Record<string, unknown> {
  const safe = (findings: readonly Finding[]): Finding[] => findings.map((f) => ({ ...f, message: redactText(f.message), ...(f.waiver ? { waiver: { ...f.waiver, reason: redactText(f.waiver.reason) } } : {}) }));
  return {
    base: result.baseRef,
    mergeBase: result.mergeBase,
    rulesFrom: result.rulesFrom,
    new: safe(result.diff.new),
    existing: safe(result.diff.existing),
    fixed: safe(result.diff.fixed),
    ruleChanges: result.ruleChanges,
    refusedWaivers: result.refusedWaivers.map((w) => ({ policy: w.policy, file: w.file, line: w.range.line, owner: redactText(w.owner), expires: w.expires })),
    changedLines: Object.fromEntries([...result.changedLines].sort(([a], [b]) => byCodeUnits(a, b)).map(([file, set]) => [file, [...set].sort((a, b) => a - b)])),
  };
}
