import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { boundHeapGrowth, HEAP_GROWING_PERCENT } from "../../src/process/heap-growth.js";

const CHURN = fileURLToPath(new URL("./heap-churn.mjs", import.meta.url));

/** The flag boundHeapGrowth sets, or undefined when it sets none. */
function flagSet(execArgv: string[], nodeOptions?: string): string | undefined {
  let flag: string | undefined;
  const set = boundHeapGrowth(execArgv, nodeOptions, (flags) => (flag = flags));
  expect(set).toBe(flag !== undefined);
  return flag;
}

const peakMiB = (flags: string): number => (JSON.parse(execFileSync(process.execPath, [CHURN, flags], { encoding: "utf8" })) as { peakMiB: number }).peakMiB;

describe("the heap's growth in norecur's own processes", () => {
  it("is bounded unless whoever started the process chose a growth of their own", () => {
    expect(flagSet([], undefined)).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(flagSet(["--enable-source-maps"], "--max-old-space-size=512")).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(flagSet(["--heap-growing-percent=50"])).toBeUndefined();
    expect(flagSet([], "--max-old-space-size=512 --heap_growing_percent=80")).toBeUndefined();
    // A V8 that refuses the flag leaves the default.
    expect(boundHeapGrowth([], undefined, () => { throw new Error("flags are frozen"); })).toBe(false);
  });

  it("keeps a program whose memory is mostly garbage at a fraction of V8's default peak, set once the process runs", () => {
    const flag = flagSet([]) as string;
    const bounded = peakMiB(flag);
    const unbounded = peakMiB("");
    // About 118 against 260 MiB on Node 20; the program keeps about 25 MB alive.
    expect(bounded).toBeLessThan(unbounded * 0.7);
  }, 30_000);
});
