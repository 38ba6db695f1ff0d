import type { HiddenPaths } from "../discover/hidden-paths.js";
import type { WaiverRules } from "../config/config.js";
import type { Finding, Severity, Waiver, WaiverReport } from "../types.js";
import { applyWaivers } from "./apply-waivers.js";
import { dayOf } from "./dates.js";
import { extensionFinding, findExtensions } from "./extensions.js";
import { readFileHistory } from "./git-revisions.js";
import { readInlineWaivers } from "./inline-waivers.js";
import { loadWaivers } from "./load-waivers.js";

/** Finding id when `--base` was given but extensions could not be checked. */
export const WAIVER_HISTORY_UNAVAILABLE = "waiver-history-unavailable";

/** What the waive stage needs from the run. */
export interface WaiveInput {
  /** Findings from evaluation. */
  findings: readonly Finding[];
  /** The config's waiver rules. */
  rules: WaiverRules;
  /** Every loaded policy (disabled ones too, so their waivers are not typos) with severity and waivability. */
  policies: ReadonlyArray<{ id: string; severity: Severity; waivable: boolean }>;
  /** Scanned files that were parsed, with their parser and text, for inline waivers. */
  scanned: ReadonlyArray<{ path: string; parser: string; text: string }>;
  /** Directory paths are relative to. */
  cwd: string;
  /** The run's clock. */
  now: Date;
  /** Base revision to compare the waivers file with. */
  base?: string;
  /** Which inline waivers may apply (default: all). */
  honourInline?: (waiver: Waiver) => boolean;
  /** Paths treated as absent (Settings.hidden): a hidden waivers file is a missing one. */
  hidden?: HiddenPaths;
}

/**
 * Loads the waivers (file and inline), applies them, and reports expired, stale, invalid and
 * extended ones. Broken entries of the waivers file stop the run before any of this.
 */
export function waive(input: WaiveInput): { findings: Finding[]; waivers: WaiverReport[] } {
  const today = dayOf(input.now);
  const context = { rules: input.rules, today, waivable: new Map(input.policies.map((p) => [p.id, p.waivable])) };
  const fromFile = loadWaivers(input.rules, context, input.cwd, input.hidden);
  const inline: Waiver[] = [];
  const extra: Finding[] = [];
  for (const file of input.scanned) {
    const found = readInlineWaivers(file.path, file.parser, file.text, context);
    inline.push(...found.waivers.filter((w) => input.honourInline?.(w) ?? true));
    extra.push(...found.problems);
  }

  const severities = new Map(input.policies.map((p) => [p.id, p.severity]));
  const applied = applyWaivers(input.findings, [...fromFile, ...inline], { today, rules: input.rules, severities });

  if (input.base !== undefined && (fromFile.length > 0 || input.rules.explicit)) {
    const history = readFileHistory(input.rules.file, input.base);
    if ("unavailable" in history) {
      extra.push({
        policyId: WAIVER_HISTORY_UNAVAILABLE,
        severity: "medium",
        status: "unknown",
        message: `Waiver extensions were not checked against --base ${input.base}: ${history.unavailable}.`,
        file: ".",
        subject: ".",
        incidents: ["docomo-nexia-2023-03"],
      });
    } else {
      for (const extension of findExtensions(fromFile, history)) {
        extra.push(extensionFinding(extension, input.base, history.shallow));
        const report = applied.reports.find((r) => r.waiver === extension.waiver);
        if (report) report.extensions = extension.count;
      }
    }
  }

  const order = (a: WaiverReport, b: WaiverReport): number =>
    a.waiver.file < b.waiver.file ? -1 : a.waiver.file > b.waiver.file ? 1 : a.waiver.range.line - b.waiver.range.line;
  return { findings: [...applied.findings, ...extra], waivers: applied.reports.sort(order) };
}
