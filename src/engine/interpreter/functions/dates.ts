import { celFunc, CelScalar, objectType, type CelFunc } from "@bufbuild/cel";
import { TimestampSchema, type Timestamp } from "@bufbuild/protobuf/wkt";
import { integer } from "./support/cel-args.js";
import { addDaysTo, daysFrom, timestampArg } from "./support/timestamps.js";

const { DYN, INT } = CelScalar;

/** CEL's timestamp type (`google.protobuf.Timestamp`). */
export const TIMESTAMP = objectType(TimestampSchema);

/**
 * `date(s)`: a timestamp from `YYYY-MM-DD` (midnight UTC) or an RFC 3339 string. A timestamp
 * argument is returned unchanged, so `date()` can normalise either.
 */
export const date = celFunc("date", [DYN], TIMESTAMP, (value) => timestampArg("date", "its argument", value));

/** `daysBetween(a, b)`: whole days from `a` to `b`, rounded down. Timestamps or date strings. */
export const daysBetween = celFunc("daysBetween", [DYN, DYN], INT, (a, b) =>
  daysFrom(timestampArg("daysBetween", "the first argument", a), timestampArg("daysBetween", "the second argument", b)),
);

/** `addDays(t, n)`: the timestamp `n` whole days (possibly negative) after `t`. */
export const addDays = celFunc("addDays", [DYN, DYN], TIMESTAMP, (value, days) =>
  addDaysTo("addDays", timestampArg("addDays", "the first argument", value), integer("addDays", "the number of days", days)),
);

/**
 * `daysSince(t)`: whole days from `t` to the run's `now`, rounded down. Built per run, so the
 * clock is the one the run was given and tests are deterministic.
 */
export function daysSince(now: Timestamp): CelFunc {
  return celFunc("daysSince", [DYN], INT, (value) => daysFrom(timestampArg("daysSince", "its argument", value), now));
}

/** `daysUntil(t)`: whole days from the run's `now` to `t`, rounded down: negative once `t` has passed. */
export function daysUntil(now: Timestamp): CelFunc {
  return celFunc("daysUntil", [DYN], INT, (value) => daysFrom(now, timestampArg("daysUntil", "its argument", value)));
}
