import type { HiddenPaths } from "../discover/hidden-paths.js";
import type { WaiverRules } from "../config/config.js";
import type { Finding, Severity, Waiver, WaiverReport } from "../types.js";
/** Finding id when `--base` was given but extensions could not be checked. */
export declare const WAIVER_HISTORY_UNAVAILABLE = "waiver-history-unavailable";
/** What the waive stage needs from the run. */
export interface WaiveInput {
    /** Findings from evaluation. */
    findings: readonly Finding[];
    /** The config's waiver rules. */
    rules: WaiverRules;
    /** Every loaded policy (disabled ones too, so their waivers are not typos) with severity and waivability. */
    policies: ReadonlyArray<{
        id: string;
        severity: Severity;
        waivable: boolean;
    }>;
    /** Scanned files that were parsed, with their parser and text, for inline waivers. */
    scanned: ReadonlyArray<{
        path: string;
        parser: string;
        text: string;
    }>;
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
export declare function waive(input: WaiveInput): {
    findings: Finding[];
    waivers: WaiverReport[];
};
