import { type UnknownMarker } from "../normalized/unknown.js";
/**
 * Renovate's `minimumReleaseAge` (`"3 days"`, `"1 week"`, `"12 hours"`; null or absent: none)
 * or the older `stabilityDays` (a number of days), in days. Text that is not a duration is
 * unknown rather than zero.
 */
export declare function releaseAgeDays(value: unknown): number | UnknownMarker;
