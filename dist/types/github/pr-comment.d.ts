import type { GitHubClient } from "./client.js";
/** What `upsertPrComment` did. */
export type UpsertAction = "created" | "updated" | "unchanged" | "skipped";
/** What to post where. */
export interface UpsertPrCommentOptions {
    client: GitHubClient;
    owner: string;
    repo: string;
    /** The pull request number (pull requests are issues for comments). */
    issueNumber: number;
    /** Markdown to show; null or blank when there is nothing to report. */
    body: string | null | undefined;
    /** Names this comment among others, e.g. `norecur:report`; written as the hidden first line `<!-- norecur:report -->`. */
    marker: string;
    /** What an earlier comment becomes once there is nothing left to report. */
    resolvedBody?: string;
}
/** The outcome, with the comment when there is one. */
export interface UpsertPrCommentResult {
    action: UpsertAction;
    commentId?: number;
    url?: string;
}
/** GitHub refuses comment bodies longer than this many characters (HTTP 422). */
export declare const MAX_COMMENT_LENGTH = 65536;
/**
 * Keeps one comment per marker on a pull request. An earlier comment is found by its hidden
 * marker line across every page of comments; it is edited only when its text would change, so a
 * re-run does not notify reviewers again. Nothing is posted while there is nothing to say. When
 * the findings go away, the earlier comment is rewritten to say so rather than left standing
 * with findings that no longer exist (deleting it would hide that the pull request once had them).
 */
export declare function upsertPrComment(options: UpsertPrCommentOptions): Promise<UpsertPrCommentResult>;
