import type { Octokit } from "@octokit/rest";
/** The GitHub REST client every function of this folder takes. */
export type GitHubClient = Octokit;
/** What a client needs. */
export interface GitHubClientOptions {
    /** A token (GITHUB_TOKEN, a PAT, an App installation token). Sent only as the Authorization header. */
    token?: string;
    /** API root; GitHub Enterprise Server is `https://HOST/api/v3`. Default: GITHUB_API_URL, else https://api.github.com. */
    baseUrl?: string;
    /** User-Agent; GitHub rejects requests without one. */
    userAgent?: string;
    /** Per-request timeout in milliseconds (default 30 s), so a hung connection cannot stall CI. */
    timeoutMs?: number;
}
/**
 * A plain Octokit: @octokit/rest has neither the retry nor the throttling plugin, so a 403, 429 or
 * 5xx comes back at once and the caller decides (a rate limit is reported with its reset time
 * rather than slept through in CI).
 */
export declare function createGitHubClient(options?: GitHubClientOptions): GitHubClient;
