import type { CelValue } from "@bufbuild/cel";
import { create, isMessage } from "@bufbuild/protobuf";
import { isReflectMessage } from "@bufbuild/protobuf/reflect";
import { TimestampSchema, timestampFromDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { typeName } from "./cel-args.js";

/**
 * Timestamps as CEL sees them: `google.protobuf.Timestamp` messages, so values made here
 * compare with CEL's own `timestamp()` and `now`. All calendar arithmetic is in UTC.
 */

const NANOS_PER_SECOND = 1_000_000_000n;
const NANOS_PER_DAY = 86_400n * NANOS_PER_SECOND;
/** The range of google.protobuf.Timestamp: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z. */
const MIN_SECONDS = -62_135_596_800n;
const MAX_SECONDS = 253_402_300_799n;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/**
 * A timestamp from seconds and nanoseconds since the Unix epoch.
 * @throws Error when it falls outside years 1–9999.
 */
export function makeTimestamp(fn: string, seconds: bigint, nanos: number): Timestamp {
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
    throw new Error(`${fn}: the result is outside the supported range (years 1 to 9999)`);
  }
  return create(TimestampSchema, { seconds, nanos });
}

/**
 * A JavaScript date as a CEL timestamp (for the `now` binding).
 * @throws Error for an invalid date.
 */
export function timestampOf(date: Date): Timestamp {
  if (Number.isNaN(date.getTime())) throw new Error("not a valid date");
  return timestampFromDate(date);
}

/**
 * Reads `YYYY-MM-DD` (midnight UTC) or an RFC 3339 timestamp
 * (`2024-05-01T12:00:00Z`, `2024-05-01T14:00:00.5+02:00`).
 * @throws Error naming what is wrong with the text.
 */
export function parseDateText(fn: string, text: string): Timestamp {
  const invalid = (why: string): Error => new Error(`${fn}: ${JSON.stringify(text)} is not a date: ${why}`);
  const full = RFC3339.exec(text);
  const parts = full ?? DATE_ONLY.exec(text);
  if (parts === null) throw invalid("expected YYYY-MM-DD or an RFC 3339 timestamp such as 2024-05-01T12:00:00Z");
  const field = (i: number): number => Number(parts[i] ?? "0");
  const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
  if (year < 1) throw invalid("year 0000 is out of range");
  if (month < 1 || month > 12) throw invalid(`there is no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month)) throw invalid(`there is no day ${day} in that month`);
  if (hour > 23 || minute > 59) throw invalid("the time of day is out of range");
  if (second > 59) throw invalid("leap seconds are not supported");
  let offsetMinutes = 0;
  if (full?.[8] !== undefined) {
    const offsetHours = Number(full[9]);
    const offsetMins = Number(full[10]);
    if (offsetHours > 23 || offsetMins > 59) throw invalid("the UTC offset is out of range");
    offsetMinutes = (full[8] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const seconds =
    BigInt(daysFromCivil(year, month, day)) * 86_400n + BigInt(hour * 3600 + minute * 60 + second - offsetMinutes * 60);
  const fraction = full?.[7] ?? "";
  const nanos = fraction === "" ? 0 : Number(fraction.slice(0, 9).padEnd(9, "0"));
  return makeTimestamp(fn, seconds, nanos);
}

/**
 * A timestamp argument, which may also be written as a date string.
 * @throws Error for any other type.
 */
export function timestampArg(fn: string, what: string, value: CelValue): Timestamp {
  if (typeof value === "string") return parseDateText(fn, value);
  if (isReflectMessage(value, TimestampSchema) && isMessage(value.message, TimestampSchema)) return value.message;
  throw new Error(`${fn}: ${what} must be a timestamp or a date string, got ${typeName(value)}`);
}

/** Whole days from `from` to `to`, rounded down: negative as soon as `to` is before `from`. */
export function daysFrom(from: Timestamp, to: Timestamp): bigint {
  const diff = (to.seconds - from.seconds) * NANOS_PER_SECOND + BigInt(to.nanos - from.nanos);
  const days = diff / NANOS_PER_DAY;
  return diff < 0n && diff % NANOS_PER_DAY !== 0n ? days - 1n : days;
}

/** Adds whole days (possibly negative). */
export function addDaysTo(fn: string, timestamp: Timestamp, days: bigint): Timestamp {
  return makeTimestamp(fn, timestamp.seconds + days * 86_400n, timestamp.nanos);
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). JavaScript's
// Date.UTC would read years 0–99 as 1900–1999.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
