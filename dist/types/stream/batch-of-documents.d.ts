import type { ParsedDocument } from "../adapters/adapter.js";
import type { PolicyStream } from "../engine/evaluate.js";
import type { Batches } from "./stream-plan.js";
/**
 * Documents per batch. Small enough that a batch's documents are let go before the garbage
 * collector's young generation is full, so they die young instead of being copied to the old
 * generation. Measured on 10,000 Deployments without the worker (farm-bench -n 5, paired):
 * batches of 64 ran 0.90x the time of batches of 1,024 with 115 MiB of peak against 137; 16, 32
 * and 128 were within 2% of 64. At 50,000: 0.88x, 205 MiB against 225; at 1,000: 0.97x.
 */
export declare const BATCH_DOCUMENTS = 64;
/**
 * The documents of the files that stream, gathered until a batch is full, then made subjects by
 * each kind's batch adapter and judged by every policy; after that nothing holds them but the
 * copies a kind keeps for the end.
 */
export declare class BatchOfDocuments {
    #private;
    constructor(batches: Batches | undefined, policies: readonly PolicyStream[], size: number);
    /** The documents of one file, at `order` in file order (a file's documents are never split between batches). */
    add(documents: readonly ParsedDocument[], order: number): void;
    /** Judges what is gathered. */
    flush(): void;
    /**
     * Stops asking these kinds (which keep only, making no subject of a batch) and forgets what
     * they kept: a file they join with turned up after their batches.
     */
    forget(kinds: Iterable<string>): void;
    /**
     * Takes the batches that follow as `batches` says, every kind asked again, with what `other`
     * kept for the kinds forgotten (made again there, from the same files).
     */
    continueAs(batches: Batches | undefined, other: BatchOfDocuments): void;
    /**
     * The documents kept to the end (each at `orders[i]` in file order) with what `kind` kept of the
     * batches put back in file order; virtual and adopted files (past `orders`) stay after every
     * file discovery found.
     */
    withKept(kind: string, documents: readonly ParsedDocument[], orders: readonly number[]): readonly ParsedDocument[];
}
