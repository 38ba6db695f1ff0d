import { type CelFunc } from "@bufbuild/cel";
import { type Timestamp } from "@bufbuild/protobuf/wkt";
/** CEL's timestamp type (`google.protobuf.Timestamp`). */
export declare const TIMESTAMP: import("@bufbuild/cel").CelObjectType<import("@bufbuild/protobuf/codegenv2").GenMessage<Timestamp, {
    jsonType: import("@bufbuild/protobuf/wkt").TimestampJson;
}>>;
/**
 * `date(s)`: a timestamp from `YYYY-MM-DD` (midnight UTC) or an RFC 3339 string. A timestamp
 * argument is returned unchanged, so `date()` can normalise either.
 */
export declare const date: CelFunc;
/** `daysBetween(a, b)`: whole days from `a` to `b`, rounded down. Timestamps or date strings. */
export declare const daysBetween: CelFunc;
/** `addDays(t, n)`: the timestamp `n` whole days (possibly negative) after `t`. */
export declare const addDays: CelFunc;
/**
 * `daysSince(t)`: whole days from `t` to the run's `now`, rounded down. Built per run, so the
 * clock is the one the run was given and tests are deterministic.
 */
export declare function daysSince(now: Timestamp): CelFunc;
/** `daysUntil(t)`: whole days from the run's `now` to `t`, rounded down: negative once `t` has passed. */
export declare function daysUntil(now: Timestamp): CelFunc;
