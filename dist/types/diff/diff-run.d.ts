import { type ChangedLines } from "../git/changed-lines.js";
import type { Settings } from "../settings.js";
import type { RunResult, Waiver } from "../types.js";
import type { FindingDiff, RuleChange } from "./types.js";
/** Where the rules judging a pull request come from. */
export type RulesFrom = "base" | "head";
/** A diff-aware run's settings: a check's, plus the base revision and where rules come from. */
export type DiffSettings = Settings & {
    /** The revision the change is compared with, e.g. `origin/main`. */
    base: string;
    /** Read policies, config and waivers from the base (default: a change cannot weaken its own rules) or the head. */
    rulesFrom?: RulesFrom;
};
/** Everything a diff-aware run produced. */
export interface DiffRunResult {
    /** The check of the head (the working tree). */
    head: RunResult;
    /** The same check of the merge base's files. */
    base: RunResult;
    /** Head findings sorted into new and existing, and base findings that are gone. */
    diff: FindingDiff;
    /** Policy files, config and waivers file the change touches. */
    ruleChanges: RuleChange[];
    /** Lines the change added or modified, by file. */
    changedLines: ChangedLines;
    /** Inline waivers the change adds or edits, not applied because rules came from the base. */
    refusedWaivers: Waiver[];
    /** The revision asked for, as given. */
    baseRef: string;
    /** The commit the change forked from: files are compared with it. */
    mergeBase: string;
    /** Where the rules came from; with `base`, the tip of `baseRef`. */
    rulesFrom: RulesFrom;
}
/**
 * Checks the working tree and the merge base's files with the same rules, and sorts the
 * findings into new, existing and fixed. With rules from the base (the default), the config,
 * policy directories and waivers file are those of the base revision's tip, not of the change:
 * a pull request that disables a policy, weakens it or waives its own finding is judged by the
 * rules it was opened against, and what it changed in them is listed for review. The base's
 * files are compared at the merge base, so changes made on the base branch since the fork are
 * not counted as the pull request's.
 */
export declare function diffRun(settings: DiffSettings): Promise<DiffRunResult>;
