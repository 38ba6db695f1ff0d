import { setFlagsFromString } from "node:v8";

/**
 * How much V8 lets the old generation grow past what the last full collection left alive, in
 * percent. V8's own factor is chosen per collection, up to 4×, from how fast it collects against
 * how fast the program allocates; a run allocates quickly and collects quickly, so it gets close
 * to 4×, and its memory ends up mostly garbage waiting for a collection: on a 40,353-file tree of
 * public repositories the peak was 391 MiB while at most about 140 MB was alive. At 20% it was
 * 257 MiB in the same time (docs/performance.md, "Memory"); 10–50% were within 10% of each other.
 */
export const HEAP_GROWING_PERCENT = 20;

/** The flag, as `node` and NODE_OPTIONS spell it (dashes or underscores). */
const GIVEN = /^--heap[-_]growing[-_]percent(=|$)/;

/**
 * Bounds the heap's growth in a process norecur owns (the CLI, the Action), never a library
 * caller's, unless whoever started it chose a growth of their own on the command line or in
 * NODE_OPTIONS. Returns whether it set the flag. It is set before any worker starts; Node
 * leaves V8's flags open to `setFlagsFromString` after start (it turns V8's freezing of flags
 * off), and should a call throw, the default stays: only memory is at stake, never a result.
 */
export function boundHeapGrowth(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string | undefined = process.env["NODE_OPTIONS"],
  set: (flags: string) => void = setFlagsFromString,
): boolean {
  const given = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)].some((arg) => GIVEN.test(arg));
  if (given) return false;
  try {
    set(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    return true;
  } catch {
    return false;
  }
}
