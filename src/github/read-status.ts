import { unknownValue, type UnknownMarker } from "../adapters/normalized/unknown.js";
import { apiMessage, fatalError, isApiFailure, rateLimitReason, type ApiFailure } from "./errors.js";

/**
 * Runs one API read. `recover` turns the statuses that carry meaning for this endpoint (a 404 that
 * means "disabled", a 403 that means "cannot see") into a value; it returns undefined for the rest,
 * which stop the read as a `GitHubError`. A rate-limited 403 is never taken for a missing
 * permission: it always stops the read, so an exhausted limit cannot masquerade as unknown settings.
 */
export async function readOr<T>(what: string, read: () => Promise<T>, recover: (failure: ApiFailure) => T | undefined, now: () => Date): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isApiFailure(error) && error.response !== undefined && rateLimitReason(error, now()) === undefined) {
      const recovered = recover(error);
      if (recovered !== undefined) return recovered;
    }
    throw fatalError(error, what, now());
  }
}

/** The unknown marker for a value the token may not read: what is missing, then GitHub's status and words. */
export function notPermitted(needs: string, failure: ApiFailure): UnknownMarker {
  const message = apiMessage(failure);
  return unknownValue(`${needs} (HTTP ${failure.status}${message ? `: ${message}` : ""})`);
}
