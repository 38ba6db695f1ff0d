import type { ParsedDocument } from "../adapters/adapter.js";
import type { PolicyStream } from "../engine/evaluate.js";
import type { Batches } from "./stream-plan.js";
/**
 * Documents per batch. Large enough that the per-batch work (each kind's adapter call, each
 * policy's look at the subjects) is spread thin, small enough that a batch holds a few MiB.
 */
export declare const BATCH_DOCUMENTS = 1024;
/**
 * The documents of the files that stream, gathered until a batch is full, then made subjects by
 * each kind's batch adapter and judged by every policy; after that nothing holds them.
 */
export declare class BatchOfDocuments {
    #private;
    constructor(batches: Batches | undefined, policies: readonly PolicyStream[], size: number);
    /** The documents of one file (a file's documents are never split between batches). */
    add(documents: readonly ParsedDocument[]): void;
    /** Judges what is gathered. */
    flush(): void;
}
