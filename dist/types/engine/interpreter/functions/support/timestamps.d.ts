import type { CelValue } from "@bufbuild/cel";
import { type Timestamp } from "@bufbuild/protobuf/wkt";
/**
 * A timestamp from seconds and nanoseconds since the Unix epoch.
 * @throws Error when it falls outside years 1–9999.
 */
export declare function makeTimestamp(fn: string, seconds: bigint, nanos: number): Timestamp;
/**
 * A JavaScript date as a CEL timestamp (for the `now` binding).
 * @throws Error for an invalid date.
 */
export declare function timestampOf(date: Date): Timestamp;
/**
 * Reads `YYYY-MM-DD` (midnight UTC) or an RFC 3339 timestamp
 * (`2024-05-01T12:00:00Z`, `2024-05-01T14:00:00.5+02:00`).
 * @throws Error naming what is wrong with the text.
 */
export declare function parseDateText(fn: string, text: string): Timestamp;
/**
 * A timestamp argument, which may also be written as a date string.
 * @throws Error for any other type.
 */
export declare function timestampArg(fn: string, what: string, value: CelValue): Timestamp;
/** Whole days from `from` to `to`, rounded down: negative as soon as `to` is before `from`. */
export declare function daysFrom(from: Timestamp, to: Timestamp): bigint;
/** Adds whole days (possibly negative). */
export declare function addDaysTo(fn: string, timestamp: Timestamp, days: bigint): Timestamp;
