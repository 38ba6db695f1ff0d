import type { BatchAdapter, ParsedDocument } from "../adapters/adapter.js";
import { type ObjectsRead } from "./objects-read.js";
/** Which files of a run go in batches, and how each kind makes a batch's subjects (docs/streaming.md). */
export interface StreamPlan {
    /**
     * Whether a file is read before any batch and kept to the end: it may hold a document other
     * documents join with, or its format is one a kind joins in (a `skaffold.yaml`, a `.env`).
     */
    first(path: string, format: string, text: string): boolean;
    /** Whether a file's name alone makes it read first, whatever its text (`kustomization.yaml`). */
    firstByName(name: string): boolean;
    /**
     * Of a file `first` took, once parsed: whether it is kept to the end after all. A file taken
     * only because its text may name a document others join with, and whose documents hold none
     * (`AdapterStream.joinsWith`), can go in the batches like any other.
     */
    keptFirst(path: string, format: string, text: string, documents: readonly ParsedDocument[]): boolean;
    /**
     * Whether every kind that reads this file first (see `first`) keeps only (`keepsOnly`): a file
     * that turns up late then changes what those kinds kept, not the subjects policies judged.
     */
    changesKeptOnly(path: string, format: string, text: string): boolean;
    /** The kinds that keep only, among those the run reads. */
    keepsOnly: ReadonlySet<string>;
    /**
     * What the kinds keeping only need to know of a file's documents to tell later whether they
     * may keep anything of it (their `keepWords`, together), or undefined when one cannot say.
     */
    keepWords(documents: readonly ParsedDocument[]): string[] | undefined;
    /** Once the first files are read: the batches' adapters, or undefined when nothing streams. */
    start(context: readonly ParsedDocument[], roots: readonly string[]): Batches | undefined;
}
/** How the rest of the files are taken. */
export interface Batches {
    /** Whether documents of this format go in batches. */
    streams(format: string): boolean;
    /** The kinds the run reads that make subjects of batches, with how they do it. */
    adapters: ReadonlyMap<string, BatchAdapter>;
}
/**
 * The plan for a run reading `kinds`. A format streams when every kind read either does not read
 * it or takes it in batches; what a kind needs of a batched document at the end it keeps itself
 * (`BatchAdapter.keep`). `objects`: per kind, the Kubernetes objects its batches' subjects are
 * made of (the rest would be subjects every policy reading the kind refutes; objects-read.ts).
 */
export declare function streamPlan(kinds: ReadonlySet<string>, objects?: ReadonlyMap<string, ObjectsRead>): StreamPlan;
