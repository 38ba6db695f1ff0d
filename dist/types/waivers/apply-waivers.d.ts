import type { WaiverRules } from "../config/config.js";
import type { Finding, Severity, Waiver, WaiverReport } from "../types.js";
/** Finding id of a waiver past its expiry. */
export declare const WAIVER_EXPIRED = "waiver-expired";
/** Finding id of an active waiver that covered no finding. */
export declare const WAIVER_STALE = "waiver-stale";
/** What the waive stage returns. */
export interface Waived {
    /** The findings, with covered ones marked `waived`, plus findings about expired and stale waivers. */
    findings: Finding[];
    /** Every waiver and its state, in input order. */
    reports: WaiverReport[];
}
/**
 * The waive stage. A finding covered by a waiver that has not expired becomes `waived` and
 * carries the waiver's owner, reason and days left. An expired waiver waives nothing, so what it
 * covered fails again, and it is reported itself at its own position; an active waiver that
 * covers nothing is reported as stale (a warning) so dead exceptions get removed.
 */
export declare function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], options: {
    today: number;
    rules: Pick<WaiverRules, "expiringWithinDays">;
    severities: ReadonlyMap<string, Severity>;
}): Waived;
