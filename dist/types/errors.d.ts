/** Why a run could not happen at all (as opposed to a finding in a scanned file). */
export type UsageErrorCode = "usage" | "config" | "policy";
/**
 * A broken policy, config or command line. It stops the run; the message names the file,
 * line and key to fix, and never carries a stack trace to the user.
 */
export declare class NorecurError extends Error {
    readonly code: UsageErrorCode;
    constructor(code: UsageErrorCode, message: string);
}
