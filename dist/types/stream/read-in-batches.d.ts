import type { ParsedDocument } from "../adapters/adapter.js";
import type { Candidate } from "../discover/discover.js";
import type { PolicyStream } from "../engine/evaluate.js";
import { BatchOfDocuments } from "./batch-of-documents.js";
import type { StreamPlan } from "./stream-plan.js";
/** What reading the candidates needs of the run. */
export interface ReadOptions {
    /** The paths of the files read first (StreamPlan.first, decided as discovery read them). */
    readFirst: ReadonlySet<string>;
    plan: StreamPlan;
    roots: readonly string[];
    /** Every policy of the run, judging each batch. */
    policies: readonly PolicyStream[];
    batchSize?: number | undefined;
    /** Parses a candidate (recording its file and any parse error), given what a parse worker read of it. */
    parse: (candidate: Candidate, values: unknown[] | undefined) => ParsedDocument[];
    /** The values a parse worker read of a file, if one did. */
    valuesFor?: ((path: string) => Promise<unknown[] | undefined>) | undefined;
}
/** The documents kept to the end, in file order, and what the batches left for each kind. */
export interface ReadDocuments {
    documents: ParsedDocument[];
    /** Each kept document's file's place in file order, where what a kind kept of the batches goes back in. */
    orders: number[];
    batches: BatchOfDocuments;
}
/**
 * Parses discovery's candidates, in path order: the files read first, then the rest, whose
 * documents go in batches when their format streams and are kept otherwise (docs/streaming.md).
 * Each candidate is let go once parsed: its text would otherwise live as long as the run.
 */
export declare function readInBatches(candidates: Array<Candidate | undefined>, options: ReadOptions): Promise<ReadDocuments>;
