import { availableParallelism } from "node:os";
import { receivedValues, type SentValues } from "./values-transport.js";

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
export const WORKER_THRESHOLD = 20_000;

/** Files per message: large enough that messages are few, small enough that the main thread can start on the first ones early. */
export const BATCH_SIZE = 256;

/**
 * Batches sent and not yet read back. The worker keeps this far ahead of the run, which judges
 * files as it reads them: sending every batch at once had the worker's copies of every text,
 * and its answers, waiting in memory.
 */
export const BATCHES_AHEAD = 16;

/**
 * YAML files parsed on a second core while discovery goes on (docs/performance.md). Discovery
 * offers each YAML file as it reads it; once {@link WORKER_THRESHOLD} have been offered a worker
 * starts and takes the files found after, in batches. The run then asks for each file's values
 * in file order; a file the worker did not read (found before it started, refused by the fast
 * path, or lost with a worker that failed) gets `undefined`, and the main thread parses it as it
 * always would.
 */
export class YamlParsePool {
  readonly #spawn: () => WorkerLike;
  readonly #threshold: number;
  #worker: WorkerLike | undefined;
  #failed = false;
  /** Offered but not sent yet. */
  #pending: Array<{ path: string; text: string }> = [];
  #offered = 0;
  #nextBatch = 0;
  /** Path → the batch holding it and its place there. */
  readonly #placed = new Map<string, { batch: number; slot: number }>();
  readonly #answers = new Map<number, { promise: Promise<ParsedBatch | undefined>; resolve: (answer: ParsedBatch | undefined) => void; unread: number }>();
  /** Batches made but not sent yet, in order, while {@link BATCHES_AHEAD} are out (answered or not, not read to their end). */
  readonly #unsent = new Map<number, string[]>();

  /** `threshold`: YAML files offered before a worker starts. */
  constructor(spawn: () => WorkerLike, threshold: number = WORKER_THRESHOLD) {
    this.#spawn = spawn;
    this.#threshold = threshold;
  }

  /**
   * The pool for a run, or undefined for none: only with `NORECUR_PARALLEL=1`, which uses it
   * whatever the number of files, and a second core. Since files are judged in batches as they
   * are read (docs/streaming.md), the worker no longer pays for itself: against a run without it
   * (`farm-bench`, paired), 20,000 Deployments ran 1.03x, 30,000 1.05x with 24 MiB more peak,
   * 50,000 1.03x with 29 MiB more, and 1.03x at 50,000 even with every batch sent at once.
   */
  static forRun(spawn: () => WorkerLike, env: NodeJS.ProcessEnv = process.env): YamlParsePool | undefined {
    if (env["NORECUR_PARALLEL"] !== "1" || availableParallelism() < 2) return undefined;
    return new YamlParsePool(spawn, 1);
  }

  /**
   * A YAML file discovery found. The files found before the worker starts stay with the main
   * thread, which parses them while the worker takes those found after: sending that backlog
   * too left the main thread waiting for the worker at the end.
   */
  offer(path: string, text: string): void {
    if (this.#failed) return;
    this.#offered += 1;
    if (this.#worker === undefined) {
      if (this.#offered >= this.#threshold) this.#start();
      return;
    }
    this.#pending.push({ path, text });
    if (this.#pending.length >= BATCH_SIZE) this.#send();
  }

  /** Sends what is left: discovery is over. */
  flush(): void {
    if (this.#pending.length > 0) this.#send();
  }

  /** The documents' values of a file the worker read, or undefined for the main thread to parse it. */
  async valuesFor(path: string): Promise<unknown[] | undefined> {
    const placed = this.#placed.get(path);
    if (placed === undefined) return undefined;
    this.#placed.delete(path);
    // Files are asked for in path order, batches made in discovery's: one asked for before its turn is sent now.
    this.#post(placed.batch);
    const waiting = this.#answers.get(placed.batch);
    const answer = await waiting?.promise;
    // Once every file of a batch is asked for, its answer is let go: a run that judges files as
    // it goes would otherwise keep every answer to the end.
    if (waiting !== undefined && --waiting.unread === 0) {
      this.#answers.delete(placed.batch);
      const next = this.#unsent.keys().next();
      if (!next.done) this.#post(next.value);
    }
    const sent = answer?.values[placed.slot];
    return sent === undefined || sent === null ? undefined : receivedValues(sent);
  }

  /** Stops the worker; unanswered files are the main thread's. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#abandon();
    await worker?.terminate();
  }

  #start(): void {
    try {
      const worker = this.#spawn();
      worker.on("message", (answer) => {
        this.#answers.get(answer.id)?.resolve(answer);
      });
      // A worker that cannot load or dies: every file it has not answered is parsed on the main thread.
      worker.on("error", () => this.#abandon());
      worker.on("exit", () => this.#abandon());
      // Kept referenced: the run waits on its answers. close() stops it whatever happens.
      this.#worker = worker;
    } catch {
      this.#failed = true;
      this.#pending = [];
    }
  }

  #send(): void {
    const batch = this.#pending;
    this.#pending = [];
    // A worker that failed answers nothing more: the files are the main thread's.
    if (this.#failed) return;
    const id = this.#nextBatch++;
    let resolve: (answer: ParsedBatch | undefined) => void = () => undefined;
    const promise = new Promise<ParsedBatch | undefined>((done) => {
      resolve = done;
    });
    this.#answers.set(id, { promise, resolve, unread: batch.length });
    batch.forEach((file, slot) => this.#placed.set(file.path, { batch: id, slot }));
    this.#unsent.set(id, batch.map((file) => file.text));
    // Every batch not read to its end has an entry in #answers; those not sent are in #unsent too.
    if (this.#answers.size - this.#unsent.size < BATCHES_AHEAD) this.#post(id);
  }

  /** Sends a batch made earlier, if it is not sent yet. */
  #post(id: number): void {
    const texts = this.#unsent.get(id);
    if (texts === undefined || this.#failed) return;
    this.#unsent.delete(id);
    try {
      this.#worker?.postMessage({ id, texts });
    } catch {
      this.#abandon();
    }
  }

  /** No more answers will come: the files waiting for one are the main thread's. */
  #abandon(): void {
    this.#failed = true;
    this.#unsent.clear();
    for (const { resolve } of this.#answers.values()) resolve(undefined);
  }
}
