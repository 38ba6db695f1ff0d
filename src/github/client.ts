import type { Octokit } from "@octokit/rest";
import { vendored } from "../vendor.js";

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

const DEFAULT_API_URL = "https://api.github.com";

/** Octokit logs every failed request to the console; expected 403/404s are handled, and the caller reports the rest. */
const SILENT_LOG = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * A plain Octokit: @octokit/rest has neither the retry nor the throttling plugin, so a 403, 429 or
 * 5xx comes back at once and the caller decides (a rate limit is reported with its reset time
 * rather than slept through in CI).
 */
export function createGitHubClient(options: GitHubClientOptions = {}): GitHubClient {
  const baseUrl = (options.baseUrl || process.env["GITHUB_API_URL"] || DEFAULT_API_URL).replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timedFetch: typeof fetch = (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
  return new (vendored.octokit().Octokit)({
    ...(options.token ? { auth: options.token } : {}),
    baseUrl,
    userAgent: options.userAgent ?? "norecur",
    log: SILENT_LOG,
    request: { fetch: timedFetch },
  });
}
