import { unknownValue, type UnknownMarker } from "../normalized/unknown.js";

const UNIT_DAYS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:ms|msecs?|milliseconds?)$/, 1 / 86_400_000],
  [/^(?:s|secs?|seconds?)$/, 1 / 86_400],
  [/^(?:m|mins?|minutes?)$/, 1 / 1440],
  [/^(?:h|hrs?|hours?)$/, 1 / 24],
  [/^(?:d|days?)$/, 1],
  [/^(?:w|weeks?)$/, 7],
  [/^(?:months?)$/, 30],
  [/^(?:y|yrs?|years?)$/, 365],
];

/**
 * Renovate's `minimumReleaseAge` (`"3 days"`, `"1 week"`, `"12 hours"`; null or absent: none)
 * or the older `stabilityDays` (a number of days), in days. Text that is not a duration is
 * unknown rather than zero.
 */
export function releaseAgeDays(value: unknown): number | UnknownMarker {
  if (value === undefined || value === null) return 0;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  if (typeof value !== "string") return unknownValue("minimumReleaseAge is not a duration");
  const match = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*$/.exec(value);
  const amount = Number(match?.[1]);
  const unit = match?.[2]?.toLowerCase() ?? "";
  const factor = UNIT_DAYS.find(([pattern]) => pattern.test(unit))?.[1];
  if (match === null || factor === undefined) return unknownValue(`minimumReleaseAge "${value}" is not a duration Renovate reads`);
  return amount * factor;
}
