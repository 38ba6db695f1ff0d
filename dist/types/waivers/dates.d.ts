/** Calendar days for waiver expiries. Waivers name whole UTC days, so time of day never matters. */
/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or undefined when it is not a real calendar day (e.g. 2026-02-30). */
export declare function parseDay(text: string): number | undefined;
/** Days since 1970-01-01 of the UTC day an instant falls on. */
export declare function dayOf(now: Date): number;
/** Whole days from `today` to the expiry: 0 on the last valid day, negative once expired. */
export declare function daysLeft(expires: string, today: number): number;
