import type { WaiverRules } from "../config/config.js";
import type { Waiver, WaiverState } from "../types.js";
import { daysLeft } from "./dates.js";

/**
 * A waiver's state on the run's date. Expired wins over everything (it must be renewed or
 * removed), then stale (it covers nothing, so it should go), then the warning window.
 */
export function waiverState(waiver: Waiver, matched: number, today: number, rules: Pick<WaiverRules, "expiringWithinDays">): { state: WaiverState; daysLeft: number } {
  const left = daysLeft(waiver.expires, today);
  if (left < 0) return { state: "expired", daysLeft: left };
  if (matched === 0) return { state: "stale", daysLeft: left };
  return { state: left <= rules.expiringWithinDays ? "expiring" : "active", daysLeft: left };
}

/** "3 days left", "expires today", "expired 4 days ago": for messages and listings. */
export function describeDays(left: number): string {
  if (left < 0) return `expired ${-left} day${left === -1 ? "" : "s"} ago`;
  if (left === 0) return "expires today";
  return `${left} day${left === 1 ? "" : "s"} left`;
}
