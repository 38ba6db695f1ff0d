import type { GitHubClient } from "./client.js";
import { GitHubError, fatalError, isApiFailure, rateLimitReason } from "./errors.js";

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
export const MAX_COMMENT_LENGTH = 65_536;

const DEFAULT_RESOLVED = "**norecur**: every finding reported earlier on this pull request is resolved.";
const TRUNCATED = "\n\n… (truncated: GitHub limits a comment to 65,536 characters; the job summary has the full report)";

/**
 * Keeps one comment per marker on a pull request. An earlier comment is found by its hidden
 * marker line across every page of comments; it is edited only when its text would change, so a
 * re-run does not notify reviewers again. Nothing is posted while there is nothing to say. When
 * the findings go away, the earlier comment is rewritten to say so rather than left standing
 * with findings that no longer exist (deleting it would hide that the pull request once had them).
 */
export async function upsertPrComment(options: UpsertPrCommentOptions): Promise<UpsertPrCommentResult> {
  const { client, owner, repo, issueNumber } = options;
  const markerLine = markerLineOf(options.marker);
  const text = options.body?.trim() ? options.body : undefined;
  const earlier = await findComment(client, owner, repo, issueNumber, markerLine);
  if (!earlier && text === undefined) return { action: "skipped" };
  const wanted = compose(markerLine, text ?? options.resolvedBody ?? DEFAULT_RESOLVED);
  if (!earlier) {
    const created = await write(`POST /repos/${owner}/${repo}/issues/${issueNumber}/comments`, () =>
      client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: wanted }),
    );
    return { action: "created", commentId: created.data.id, url: created.data.html_url };
  }
  if (normalize(earlier.body) === normalize(wanted)) return { action: "unchanged", commentId: earlier.id, url: earlier.html_url };
  const updated = await write(`PATCH /repos/${owner}/${repo}/issues/comments/${earlier.id}`, () =>
    client.rest.issues.updateComment({ owner, repo, comment_id: earlier.id, body: wanted }),
  );
  return { action: "updated", commentId: updated.data.id, url: updated.data.html_url };
}

/** `norecur:report` or `<!-- norecur:report -->` → `<!-- norecur:report -->`; anything else is a caller's bug. */
function markerLineOf(marker: string): string {
  const key = marker.trim().replace(/^<!--\s*/, "").replace(/\s*-->$/, "");
  if (!/^norecur:[A-Za-z0-9_.:/-]+$/.test(key)) throw new TypeError(`PR comment marker must look like "norecur:<name>", not "${marker}"`);
  return `<!-- ${key} -->`;
}

function compose(markerLine: string, text: string): string {
  const full = `${markerLine}\n${text.trim()}\n`;
  return full.length <= MAX_COMMENT_LENGTH ? full : `${full.slice(0, MAX_COMMENT_LENGTH - TRUNCATED.length)}${TRUNCATED}`;
}

/** Comments edited in the browser come back with CRLF line ends and trailing spaces trimmed differently. */
function normalize(body: string): string {
  return body.replace(/\r\n/g, "\n").trimEnd();
}

interface Comment {
  id: number;
  body: string;
  html_url: string;
}

/**
 * The first comment whose body starts with the marker line; a reviewer quoting it ("> <!-- ...")
 * is not a match. Pages are read only until it is found.
 */
async function findComment(client: GitHubClient, owner: string, repo: string, issueNumber: number, markerLine: string): Promise<Comment | undefined> {
  const what = `GET /repos/${owner}/${repo}/issues/${issueNumber}/comments`;
  try {
    const pages = client.paginate.iterator(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
    for await (const page of pages) {
      for (const comment of page.data) {
        if (comment.body?.startsWith(markerLine)) return { id: comment.id, body: comment.body, html_url: comment.html_url };
      }
    }
  } catch (error) {
    throw fatalError(error, what);
  }
  return undefined;
}

/** A write refused with 403 is almost always the token: say which permission, and why forks hit it. */
async function write<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const fatal = fatalError(error, what);
    if (fatal instanceof GitHubError && fatal.status === 403 && isApiFailure(error) && rateLimitReason(error, new Date()) === undefined) {
      throw new GitHubError(
        `${fatal.message}: the token needs the pull-requests: write (or issues: write) permission; pull requests from forks get a read-only GITHUB_TOKEN`,
        403,
      );
    }
    throw fatal;
  }
}
