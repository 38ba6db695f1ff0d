import type { ParsedDocument } from "../adapters/adapter.js";
import type { PolicyStream } from "../engine/evaluate.js";
import type { Subject } from "../types.js";
import type { Batches } from "./stream-plan.js";

/**
 * Documents per batch. Large enough that the per-batch work (each kind's adapter call, each
 * policy's look at the subjects) is spread thin, small enough that a batch holds a few MiB.
 */
export const BATCH_DOCUMENTS = 1024;

/**
 * The documents of the files that stream, gathered until a batch is full, then made subjects by
 * each kind's batch adapter and judged by every policy; after that nothing holds them.
 */
export class BatchOfDocuments {
  readonly #batches: Batches | undefined;
  readonly #policies: readonly PolicyStream[];
  readonly #size: number;
  #documents: ParsedDocument[] = [];

  constructor(batches: Batches | undefined, policies: readonly PolicyStream[], size: number) {
    this.#batches = batches;
    this.#policies = policies;
    this.#size = Math.max(1, size);
  }

  /** The documents of one file (a file's documents are never split between batches). */
  add(documents: readonly ParsedDocument[]): void {
    for (const document of documents) this.#documents.push(document);
    if (this.#documents.length >= this.#size) this.flush();
  }

  /** Judges what is gathered. */
  flush(): void {
    const documents = this.#documents;
    if (documents.length === 0 || this.#batches === undefined) return;
    this.#documents = [];
    const subjects = new Map<string, Subject[]>();
    for (const [kind, adapter] of this.#batches.adapters) subjects.set(kind, adapter(documents));
    for (const policy of this.#policies) policy.add(subjects);
  }
}
