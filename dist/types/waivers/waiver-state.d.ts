import type { WaiverRules } from "../config/config.js";
import type { Waiver, WaiverState } from "../types.js";
/**
 * A waiver's state on the run's date. Expired wins over everything (it must be renewed or
 * removed), then stale (it covers nothing, so it should go), then the warning window.
 */
export declare function waiverState(waiver: Waiver, matched: number, today: number, rules: Pick<WaiverRules, "expiringWithinDays">): {
    state: WaiverState;
    daysLeft: number;
};
/** "3 days left", "expires today", "expired 4 days ago": for messages and listings. */
export declare function describeDays(left: number): string;
