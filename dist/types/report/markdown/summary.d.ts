import type { FindingDiff, RuleChange } from "../../diff/types.js";
import type { Policy, RunResult } from "../../types.js";
import type { IncidentCatalogue } from "./policy-help.js";
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
export declare function renderSummary(result: RunResult, options: SummaryOptions): string;
