import type { Document, Subject } from "../types.js";

/** A parsed document together with the format its file was read as. */
export interface ParsedDocument {
  /** The document. */
  document: Document;
  /** Its file's format. */
  format: string;
}

/** What adapters read: every parsed document of the run and the scan roots. */
export interface AdapterInput {
  /** Documents in file order. */
  documents: readonly ParsedDocument[];
  /** Scan roots, relative to cwd. */
  roots: readonly string[];
  /**
   * Per scan root below its repository's root: the update-bot configuration files at that
   * repository root (paths relative to it), which the scan does not otherwise read.
   */
  repositoryBots?: Readonly<Record<string, readonly string[]>>;
}

/** Turns the documents of a run into subjects of one kind. */
export type Adapter = (input: AdapterInput) => Subject[];

/** How a kind takes the batches of one run. */
export interface BatchAdapter {
  /** The subjects of a batch's documents. */
  subjects(batch: readonly ParsedDocument[]): Subject[];
  /**
   * What of a document taken in a batch the kind's whole-run adapter still reads once every file
   * is read (a workload's images, for the zone of its namespace): a copy of the document holding
   * only that, given to the adapter in the document's place in file order; undefined for nothing.
   */
  keep?(document: ParsedDocument): ParsedDocument | undefined;
  /**
   * Whether `keep` may keep anything of a file with this text, tested before parsing it: false
   * only when it surely keeps nothing. Asked when what a kind kept must be made again.
   */
  mayKeep?(path: string, text: string): boolean;
  /** The same from the words `AdapterStream.keepWords` gave of the file's documents, without its text. */
  mayKeepWords?(path: string, words: readonly string[]): boolean;
}

/**
 * How a kind's adapter takes documents in batches while the run is still reading files, so that
 * a batch's documents are let go once judged (docs/streaming.md). The subjects it makes of a batch
 * are exactly the ones the {@link Adapter} makes of those documents when given every document of
 * the run, and documents it takes add nothing to the subjects of other documents.
 */
export interface AdapterStream {
  /** Whether it can take documents of this format in batches. */
  takes(format: string): boolean;
  /**
   * Whether a file may hold a document that the subjects of other documents join with (a
   * Kustomization, a Namespace). Such files are read before any batch, kept to the end, and are
   * the `context` of {@link prepare}. Decided on the text, before parsing, so it must hold for
   * every file that joins (see `mayName`).
   */
  joins(path: string, text: string): boolean;
  /**
   * Of a file `joins` took by its text, once parsed: whether its documents hold one that
   * `prepare` or the kind's whole-run adapter joins others with. A file that every kind taking
   * it says no of goes in the batches like any other, instead of being kept to the end (a
   * CustomResourceDefinition whose descriptions name a Namespace). Without it, every file
   * `joins` took is kept. It must say yes of any file whose documents could change what
   * `prepare` returns or what the whole-run adapter makes of other documents.
   */
  joinsWith?(documents: readonly ParsedDocument[]): boolean;
  /**
   * Given the documents read first (the files that join, and the formats the kind joins in), in
   * file order: how to take the batches. It reads of them only the documents its own `joins`
   * takes and the formats it joins in: a file read first that no test of a kind took leaves
   * that kind's batches as they were.
   */
  prepare(context: readonly ParsedDocument[], roots: readonly string[]): BatchAdapter;
  /**
   * Its batches make no subject: all it takes of a batch is what it keeps. A file it joins with
   * that turns up late then changes only what it kept, not what any policy judged.
   */
  keepsOnly?: boolean;
  /**
   * For a kind keeping only: the words that decide, whatever the context, whether it keeps
   * anything of these documents (for `egress-policy`, the namespaces its objects are in). Kept
   * for each file taken while discovery reads, so that a late file read first has only the
   * files it may keep of read again.
   */
  keepWords?(documents: readonly ParsedDocument[]): string[];
}
