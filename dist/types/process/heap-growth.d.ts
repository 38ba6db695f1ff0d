/**
 * How much V8 lets the old generation grow past what the last full collection left alive, in
 * percent. V8's own factor is chosen per collection, up to 4×, from how fast it collects against
 * how fast the program allocates; a run allocates quickly and collects quickly, so it gets close
 * to 4×, and its memory ends up mostly garbage waiting for a collection: on a 40,353-file tree of
 * public repositories the peak was 391 MiB while at most about 140 MB was alive. At 20% it was
 * 257 MiB in the same time (docs/performance.md, "Memory"); 10–50% were within 10% of each other.
 */
export declare const HEAP_GROWING_PERCENT = 20;
/**
 * Bounds the heap's growth in a process norecur owns (the CLI, the Action), never a library
 * caller's, unless whoever started it chose a growth of their own on the command line or in
 * NODE_OPTIONS. Returns whether it set the flag. It is set before any worker starts; Node
 * leaves V8's flags open to `setFlagsFromString` after start (it turns V8's freezing of flags
 * off), and should a call throw, the default stays: only memory is at stake, never a result.
 */
export declare function boundHeapGrowth(execArgv?: readonly string[], nodeOptions?: string | undefined, set?: (flags: string) => void): boolean;
