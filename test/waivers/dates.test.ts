import { describe, expect, it } from "vitest";
import { dayOf, daysLeft, parseDay } from "../../src/waivers/dates.js";
import { describeDays, waiverState } from "../../src/waivers/waiver-state.js";
import type { Waiver } from "../../src/types.js";

const TODAY = dayOf(new Date("2026-06-01T23:59:59Z"));

describe("waiver dates", () => {
  it.each([
    ["2026-06-01", 0],
    ["2026-06-02", 1],
    ["2026-05-31", -1],
    ["2027-06-01", 365],
    ["2028-02-29", 638],
  ])("%s is %i days from 2026-06-01", (expires, left) => {
    expect(daysLeft(expires, TODAY)).toBe(left);
  });

  it.each(["2026-02-29", "2026-13-01", "2026-04-31", "2026-6-1", "20260601", "2026-06-01T00:00:00Z", ""])("%s is not a calendar day", (text) => {
    expect(parseDay(text)).toBeUndefined();
  });

  it("uses the UTC day of the run's clock, whatever the time of day", () => {
    expect(dayOf(new Date("2026-06-01T00:00:00Z"))).toBe(TODAY);
    expect(dayOf(new Date("2026-06-02T00:00:00Z"))).toBe(TODAY + 1);
  });

  it.each([
    [-3, "expired 3 days ago"],
    [-1, "expired 1 day ago"],
    [0, "expires today"],
    [1, "1 day left"],
    [20, "20 days left"],
  ])("describes %i days as %s", (left, text) => {
    expect(describeDays(left)).toBe(text);
  });

  it("orders states: expired, then stale, then the warning window", () => {
    const waiver = (expires: string): Waiver => ({
      policy: "T-1",
      reason: "r",
      owner: "o",
      expires,
      origin: "file",
      file: "w.yml",
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
    });
    const rules = { expiringWithinDays: 14 };
    expect(waiverState(waiver("2026-05-01"), 0, TODAY, rules)).toEqual({ state: "expired", daysLeft: -31 });
    expect(waiverState(waiver("2026-06-05"), 0, TODAY, rules)).toEqual({ state: "stale", daysLeft: 4 });
    expect(waiverState(waiver("2026-06-15"), 2, TODAY, rules)).toEqual({ state: "expiring", daysLeft: 14 });
    expect(waiverState(waiver("2026-06-16"), 2, TODAY, rules)).toEqual({ state: "active", daysLeft: 15 });
  });
});
