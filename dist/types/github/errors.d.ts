/**
 * Failures of the GitHub API layer. A read that only lacks a permission becomes an unknown value
 * in the snapshot (see `read-status.ts`); what is here stops the whole read, because nothing after
 * it could be trusted: no network, bad credentials, an exhausted rate limit, a server error.
 */
/** A GitHub API failure that stops the read, with a message fit for a terminal (no stack, no token). */
export declare class GitHubError extends Error {
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number;
    constructor(message: string, 
    /** HTTP status, or 0 when no response arrived. */
    status: number);
}
/** The parts of an Octokit `RequestError` this layer reads; checked structurally so any version fits. */
export interface ApiFailure {
    status: number;
    message: string;
    response?: {
        headers: Record<string, string | number | undefined>;
        data?: unknown;
    };
}
/** Whether `error` came from Octokit's request layer (it has a numeric HTTP status). */
export declare function isApiFailure(error: unknown): error is ApiFailure;
/** GitHub's own `message` from an error body ("Branch not protected", "Must have admin rights to Repository."). */
export declare function apiMessage(failure: ApiFailure): string;
/**
 * The reason a rate limit stopped the read, or undefined when `failure` is not one. GitHub signals
 * the primary limit with 403 or 429 and `x-ratelimit-remaining: 0` (reset time in epoch seconds),
 * a secondary limit with `retry-after` (seconds) or, failing that, only in its message.
 */
export declare function rateLimitReason(failure: ApiFailure, now: Date): string | undefined;
/**
 * What to throw for a failed request: a `GitHubError` naming what was asked (`what`, e.g.
 * "GET /orgs/acme") so the user knows where it broke. Anything that did not come from the request
 * layer is a bug in norecur and is passed through untouched, to surface as an internal error.
 */
export declare function fatalError(error: unknown, what: string, now?: Date): unknown;
