/**
 * Failures of the GitHub API layer. A read that only lacks a permission becomes an unknown value
 * in the snapshot (see `read-status.ts`); what is here stops the whole read, because nothing after
 * it could be trusted: no network, bad credentials, an exhausted rate limit, a server error.
 */

/** A GitHub API failure that stops the read, with a message fit for a terminal (no stack, no token). */
export class GitHubError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
  ) {
    super(message);
    this.name = "GitHubError";
  }
}

/** The parts of an Octokit `RequestError` this layer reads; checked structurally so any version fits. */
export interface ApiFailure {
  status: number;
  message: string;
  response?: { headers: Record<string, string | number | undefined>; data?: unknown };
}

/** Whether `error` came from Octokit's request layer (it has a numeric HTTP status). */
export function isApiFailure(error: unknown): error is ApiFailure {
  return error instanceof Error && typeof (error as { status?: unknown }).status === "number";
}

/** GitHub's own `message` from an error body ("Branch not protected", "Must have admin rights to Repository."). */
export function apiMessage(failure: ApiFailure): string {
  const data = failure.response?.data;
  if (data !== null && typeof data === "object" && typeof (data as { message?: unknown }).message === "string") {
    return (data as { message: string }).message;
  }
  return typeof data === "string" && data.trim() !== "" ? data.trim() : "";
}

function header(failure: ApiFailure, name: string): string | undefined {
  const value = failure.response?.headers[name];
  return value === undefined ? undefined : String(value);
}

/**
 * The reason a rate limit stopped the read, or undefined when `failure` is not one. GitHub signals
 * the primary limit with 403 or 429 and `x-ratelimit-remaining: 0` (reset time in epoch seconds),
 * a secondary limit with `retry-after` (seconds) or, failing that, only in its message.
 */
export function rateLimitReason(failure: ApiFailure, now: Date): string | undefined {
  if (failure.status !== 403 && failure.status !== 429) return undefined;
  if (header(failure, "x-ratelimit-remaining") === "0") {
    const reset = Number(header(failure, "x-ratelimit-reset"));
    const limit = header(failure, "x-ratelimit-limit");
    const resource = header(failure, "x-ratelimit-resource");
    const what = `GitHub API rate limit exhausted${limit ? ` (${limit} requests per hour${resource ? `, ${resource}` : ""})` : ""}`;
    if (!Number.isFinite(reset) || reset <= 0) return `${what}; try again later`;
    const resetAt = new Date(reset * 1000);
    const minutes = Math.max(0, Math.ceil((resetAt.getTime() - now.getTime()) / 60_000));
    return `${what}; it resets at ${resetAt.toISOString()} (in ${minutes} min)`;
  }
  const retryAfter = header(failure, "retry-after");
  if (retryAfter !== undefined) return `GitHub API secondary rate limit hit; retry after ${retryAfter} s`;
  // A secondary limit may come without retry-after; only its wording tells it from a refused permission.
  if (/rate limit/i.test(apiMessage(failure))) return "GitHub API secondary rate limit hit; wait at least a minute before retrying";
  return undefined;
}

/**
 * What to throw for a failed request: a `GitHubError` naming what was asked (`what`, e.g.
 * "GET /orgs/acme") so the user knows where it broke. Anything that did not come from the request
 * layer is a bug in norecur and is passed through untouched, to surface as an internal error.
 */
export function fatalError(error: unknown, what: string, now: Date = new Date()): unknown {
  if (error instanceof GitHubError || !isApiFailure(error)) return error;
  if (error.response === undefined) {
    // Octokit reports a refused connection, DNS failure or timeout as status 500 with no response.
    return new GitHubError(`${what}: could not reach the GitHub API (${error.message}); check GITHUB_API_URL and the network`, 0);
  }
  const limited = rateLimitReason(error, now);
  if (limited) return new GitHubError(`${what}: ${limited}`, error.status);
  if (error.status === 401) {
    return new GitHubError(`${what}: the token was rejected (HTTP 401 ${apiMessage(error) || "Bad credentials"}); check GITHUB_TOKEN or GH_TOKEN`, 401);
  }
  const message = apiMessage(error);
  return new GitHubError(`${what}: HTTP ${error.status}${message ? ` ${message}` : ""}`, error.status);
}
