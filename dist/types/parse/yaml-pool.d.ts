import { type SentValues } from "./values-transport.js";
/** Texts sent to the parse worker in one message. */
export interface ParseBatch {
    id: number;
    texts: string[];
}
/** The worker's answer: per text, its documents' values, or null for the main thread to parse. */
export interface ParsedBatch {
    id: number;
    values: Array<SentValues | null>;
}
/** What the pool needs of a worker thread (node:worker_threads' Worker, or a stand-in in tests). */
export interface WorkerLike {
    postMessage(batch: ParseBatch): void;
    on(event: "message", listener: (message: ParsedBatch) => void): unknown;
    on(event: "error", listener: (error: Error) => void): unknown;
    on(event: "exit", listener: (code: number) => void): unknown;
    terminate(): Promise<number>;
}
/**
 * Fewer YAML files than this are parsed on the main thread. Measured on 2 shared cores with
 * one-document manifests, against NORECUR_PARALLEL=0: a worker taking every file from the first
 * one made 1,000 files 6% and 3,000 files 5% slower (its start and the structured clone of its
 * answers cost more than it saves). Since plain manifests are read from their lines
 * (yaml-block-values.ts), twice as fast as js-yaml 4, taking a worker's answer saves less: with
 * the worker from the 5,000th file, 10,000 files ran 1.08x and 20,000 files 1.02x, 50,000
 * files 0.87x. From the 20,000th, 10,000 files run 0.95x the 5,000 threshold and 50,000 files
 * the same. A run no longer starts a worker unless asked (see {@link YamlParsePool.forRun}).
 */
export declare const WORKER_THRESHOLD = 20000;
/** Files per message: large enough that messages are few, small enough that the main thread can start on the first ones early. */
export declare const BATCH_SIZE = 256;
/**
 * Batches sent and not yet read back. The worker keeps this far ahead of the run, which judges
 * files as it reads them: sending every batch at once had the worker's copies of every text,
 * and its answers, waiting in memory.
 */
export declare const BATCHES_AHEAD = 16;
/**
 * YAML files parsed on a second core while discovery goes on (docs/performance.md). Discovery
 * offers each YAML file as it reads it; once {@link WORKER_THRESHOLD} have been offered a worker
 * starts and takes the files found after, in batches. The run then asks for each file's values
 * in file order; a file the worker did not read (found before it started, refused by the fast
 * path, or lost with a worker that failed) gets `undefined`, and the main thread parses it as it
 * always would.
 */
export declare class YamlParsePool {
    #private;
    /** `threshold`: YAML files offered before a worker starts. */
    constructor(spawn: () => WorkerLike, threshold?: number);
    /**
     * The pool for a run, or undefined for none: only with `NORECUR_PARALLEL=1`, which uses it
     * whatever the number of files, and a second core. Since files are judged in batches as they
     * are read (docs/streaming.md), the worker no longer pays for itself: against a run without it
     * (`farm-bench`, paired), 20,000 Deployments ran 1.03x, 30,000 1.05x with 24 MiB more peak,
     * 50,000 1.03x with 29 MiB more, and 1.03x at 50,000 even with every batch sent at once.
     */
    static forRun(spawn: () => WorkerLike, env?: NodeJS.ProcessEnv): YamlParsePool | undefined;
    /**
     * A YAML file discovery found. The files found before the worker starts stay with the main
     * thread, which parses them while the worker takes those found after: sending that backlog
     * too left the main thread waiting for the worker at the end.
     */
    offer(path: string, text: string): void;
    /** Sends what is left: discovery is over. */
    flush(): void;
    /** The documents' values of a file the worker read, or undefined for the main thread to parse it. */
    valuesFor(path: string): Promise<unknown[] | undefined>;
    /** Stops the worker; unanswered files are the main thread's. */
    close(): Promise<void>;
}
