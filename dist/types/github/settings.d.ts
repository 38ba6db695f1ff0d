import type { GitHubClient } from "./client.js";
import type { GitHubSettingsSnapshot } from "./snapshot.js";
/** What to read. */
export interface ReadGitHubSettingsOptions {
    client: GitHubClient;
    /** Organization login: its 2FA settings, and its repositories when `repos` is not given. */
    org?: string;
    /** `owner/name` of the repositories to read; default: every non-archived repository of `org`. */
    repos?: readonly string[];
    /** The clock, for `fetchedAt` and rate-limit reset times. */
    now?: () => Date;
}
/**
 * Reads live organization and repository settings into a snapshot. Requests go one after another,
 * as GitHub asks of integrations to stay clear of its secondary rate limits. Throws `GitHubError`
 * when the read cannot be trusted as a whole (network, credentials, rate limit, a repository that
 * does not exist); a single setting the token may not see becomes an unknown value instead.
 */
export declare function readGitHubSettings(options: ReadGitHubSettingsOptions): Promise<GitHubSettingsSnapshot>;
