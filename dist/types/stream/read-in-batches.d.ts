import type { ParsedDocument } from "../adapters/adapter.js";
import type { Candidate, UnrecognisedText } from "../discover/discover.js";
import type { PolicyStream } from "../engine/evaluate.js";
import { BatchOfDocuments } from "./batch-of-documents.js";
import type { StreamPlan } from "./stream-plan.js";
/**
 * Text discovery holds before the files that stream are judged as it reads them, when no file
 * read so far is one others join with (docs/streaming.md, "Judged while discovery reads").
 */
export declare const HOLD_BYTES: number;
/**
 * Text taken at a time once files are judged during discovery: reading files one after the
 * other and parsing them one after the other is faster than alternating, and a chunk small
 * enough dies in the young generation.
 */
export declare const CHUNK_BYTES: number;
/** What reading the candidates needs of the run. */
export interface ReadOptions {
    plan: StreamPlan;
    /** Every policy of the run, judging each batch; asked again after a restart. */
    policies: () => readonly PolicyStream[];
    batchSize?: number | undefined;
    /** Text held before files are judged during discovery (default HOLD_BYTES); Infinity never does. */
    holdBytes?: number | undefined;
    /**
     * Parses a candidate (recording its file and any parse error, unless `record` is false), given
     * what a parse worker read of it. `transient`: its documents go in a batch, judged and let go
     * (ParseOptions.transient), rather than kept to the end.
     */
    parse: (candidate: Candidate, values: unknown[] | undefined, how?: {
        record?: boolean;
        transient?: boolean;
    }) => ParsedDocument[];
    /** The values a parse worker read of a file, if one did; files are not judged during discovery then. */
    valuesFor?: ((path: string) => Promise<unknown[] | undefined>) | undefined;
    /**
     * Forgets what was judged during discovery (the files recorded, the parse errors, the
     * policies' parts), when a file others join with turns up after it.
     */
    restart: () => void;
    /** A candidate's text read again, when the text judged during discovery was let go. */
    readAgain: (candidate: Candidate) => UnrecognisedText;
    /** Records a candidate that could not be read again. */
    unreadable: (candidate: Candidate, reason: string) => void;
}
/** The documents kept to the end, in file order, and what the batches left for each kind. */
export interface ReadDocuments {
    documents: ParsedDocument[];
    /** Each kept document's file's place in file order, where what a kind kept of the batches goes back in. */
    orders: number[];
    batches: BatchOfDocuments;
}
/**
 * Parses discovery's candidates in path order: the files read first, then the rest, whose
 * documents go in batches when their format streams and are kept otherwise (docs/streaming.md).
 *
 * While no file read so far is one others join with, the files that stream can be judged as
 * discovery reads them, so that their texts are not held until discovery ends: after
 * `holdBytes` of their text, they are. A file others join with, or a path out of order, ends
 * that: what was judged is forgotten (`restart`), and the files already let go are read again.
 */
export declare class CandidateReader {
    #private;
    constructor(options: ReadOptions, single: boolean);
    /** A candidate as discovery reads it, with the scan roots so far. */
    offer(candidate: Candidate, roots: readonly string[]): void;
    /**
     * The files of the walks listed so far that their names alone make read first (a
     * `kustomization.yaml`), before any of them is read (DiscoverOptions.named).
     */
    listed(paths: readonly string[]): void;
    /** Whether a candidate offered is one of the files read first. */
    isReadFirst(path: string): boolean;
    /** Once discovery has ended: the documents kept to the end, every other one judged. */
    finish(candidates: Array<Candidate | undefined>, roots: readonly string[]): Promise<ReadDocuments>;
}
