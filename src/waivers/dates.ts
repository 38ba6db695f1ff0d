/** Calendar days for waiver expiries. Waivers name whole UTC days, so time of day never matters. */

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or undefined when it is not a real calendar day (e.g. 2026-02-30). */
export function parseDay(text: string): number | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

/** Days since 1970-01-01 of the UTC day an instant falls on. */
export function dayOf(now: Date): number {
  return Math.floor(now.getTime() / DAY_MS);
}

/** Whole days from `today` to the expiry: 0 on the last valid day, negative once expired. */
export function daysLeft(expires: string, today: number): number {
  const day = parseDay(expires);
  return day === undefined ? Number.NaN : day - today;
}
