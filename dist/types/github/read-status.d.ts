import { type UnknownMarker } from "../adapters/normalized/unknown.js";
import { type ApiFailure } from "./errors.js";
/**
 * Runs one API read. `recover` turns the statuses that carry meaning for this endpoint (a 404 that
 * means "disabled", a 403 that means "cannot see") into a value; it returns undefined for the rest,
 * which stop the read as a `GitHubError`. A rate-limited 403 is never taken for a missing
 * permission: it always stops the read, so an exhausted limit cannot masquerade as unknown settings.
 */
export declare function readOr<T>(what: string, read: () => Promise<T>, recover: (failure: ApiFailure) => T | undefined, now: () => Date): Promise<T>;
/** The unknown marker for a value the token may not read: what is missing, then GitHub's status and words. */
export declare function notPermitted(needs: string, failure: ApiFailure): UnknownMarker;
