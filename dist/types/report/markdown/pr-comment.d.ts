import type { FindingDiff, RuleChange } from "../../diff/types.js";
import type { Policy, RunResult } from "../../types.js";
import type { IncidentCatalogue } from "./policy-help.js";
/** The hidden first line by which the Action finds its own comment to update it. */
export declare const PR_COMMENT_MARKER = "<!-- norecur:pr-comment -->";
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
export declare function renderPrComment(result: RunResult, options: PrCommentOptions): string | null;
