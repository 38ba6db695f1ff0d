import type { MessagePort, Worker } from "node:worker_threads";
/**
 * Files a walk will read before the read-ahead worker starts. It takes about 90 ms to answer
 * first (discovery reads on meanwhile), and a run with it does a little more on the main thread
 * (a format told from the path up front, the texts taken from its answers): measured against
 * NORECUR_PARALLEL=0 (farm-bench, paired), 1,000 Deployments ran 1.05x, 10,000 0.98-0.99x with
 * 7 MiB more peak, 20,000 0.90x, 50,000 0.87x.
 */
export declare const READ_AHEAD_AFTER = 16384;
/**
 * Files read on the second core ahead of discovery (docs/performance.md, "Files read on the
 * second core"). Once a walk has listed its files, discovery says which it will read, in the
 * order it will read them; a worker opens and reads them, and discovery takes each file's bytes
 * from what has arrived instead of reading it. A file that has not arrived when discovery gets to it,
 * or that the worker left (too large for its window, or failing to open), discovery reads itself
 * as before: what is reported is the same either way.
 */
export interface ReadAhead {
    /** Files discovery will read next, after those it was told of before, in order; the place of the first (the others follow). */
    want(paths: readonly string[]): number;
    /** The bytes of the file at this place, as read, or undefined for discovery to read it itself. */
    take(place: number): Buffer | undefined;
    close(): void;
}
/** How discovery gets a read-ahead, given the size limit (undefined: none). */
export type ReadAheadStart = (limit: number) => ReadAhead | undefined;
/**
 * The worker of the bundles (dist/read-ahead.cjs, from src/discover/read-ahead-worker.ts), with
 * a second core, unless `NORECUR_PARALLEL=0` says otherwise.
 */
export declare function bundledReadAhead(env?: NodeJS.ProcessEnv): ReadAheadStart | undefined;
/** Starts dist/read-ahead.cjs for a run whose size limit is `limit`; undefined when no thread can be had. */
export declare function spawnReadAhead(limit: number): ReadAhead | undefined;
/**
 * The main thread's side of a read-ahead worker already started with `progress` and the other
 * end of `port` (exported for the tests, which start dist/read-ahead.cjs themselves).
 */
export declare class WorkerReadAhead implements ReadAhead {
    #private;
    constructor(worker: Worker, port: MessagePort, progress: SharedArrayBuffer, receive: (port: MessagePort) => {
        message: unknown;
    } | undefined);
    want(paths: readonly string[]): number;
    take(place: number): Buffer | undefined;
    /** The place after the last file the worker has answered for (what has arrived is taken in first). */
    answeredUpTo(): number;
    close(): void;
}
