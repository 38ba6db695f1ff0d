import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { MessagePort, Worker } from "node:worker_threads";
import { BUNDLED } from "../bundled.js";
import { packageRoot } from "../package-root.js";
import type { ReadAheadAnswer, ReadAheadWant } from "./read-ahead-protocol.js";

/**
 * Files a walk will read before the read-ahead worker starts. It takes about 90 ms to answer
 * first (discovery reads on meanwhile), and a run with it does a little more on the main thread
 * (a format told from the path up front, the texts taken from its answers): measured against
 * NORECUR_PARALLEL=0 (farm-bench, paired), 1,000 Deployments ran 1.05x, 10,000 0.98-0.99x with
 * 7 MiB more peak, 20,000 0.90x, 50,000 0.87x.
 */
export const READ_AHEAD_AFTER = 16_384;

/** Paths sent to the worker per message. */
const WANT_FILES = 512;

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
export function bundledReadAhead(env: NodeJS.ProcessEnv = process.env): ReadAheadStart | undefined {
  if (!BUNDLED || env["NORECUR_PARALLEL"] === "0" || availableParallelism() < 2) return undefined;
  return spawnReadAhead;
}

/** Starts dist/read-ahead.cjs for a run whose size limit is `limit`; undefined when no thread can be had. */
export function spawnReadAhead(limit: number): ReadAhead | undefined {
  const threads = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  const { port1, port2 } = new threads.MessageChannel();
  const progress = new SharedArrayBuffer(8);
  try {
    const worker = new threads.Worker(join(packageRoot(), "dist", "read-ahead.cjs"), {
      workerData: { port: port2, progress, limit },
      transferList: [port2],
      // It holds little: a window, the paths told and what it has read ahead.
      resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 32 },
    });
    return new WorkerReadAhead(worker, port1, progress, threads.receiveMessageOnPort);
  } catch {
    // No thread to be had (a process limit): discovery reads every file itself.
    port1.close();
    return undefined;
  }
}

/**
 * The main thread's side of a read-ahead worker already started with `progress` and the other
 * end of `port` (exported for the tests, which start dist/read-ahead.cjs themselves).
 */
export class WorkerReadAhead implements ReadAhead {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #progress: Int32Array;
  readonly #receive: (port: MessagePort) => { message: unknown } | undefined;
  #told = 0;
  /** Answers arrived and not yet passed, in order of place. */
  #arrived: Arrived[] = [];
  /** The place after the last file answered for. */
  #answered = 0;
  #failed = false;

  constructor(worker: Worker, port: MessagePort, progress: SharedArrayBuffer, receive: (port: MessagePort) => { message: unknown } | undefined) {
    this.#worker = worker;
    this.#port = port;
    this.#progress = new Int32Array(progress);
    this.#receive = receive;
    // A worker that fails leaves every file to discovery, which reads it as it always did.
    worker.on("error", () => (this.#failed = true));
    worker.unref();
  }

  want(paths: readonly string[]): number {
    const first = this.#told;
    this.#told += paths.length;
    if (this.#failed) return first;
    for (let i = 0; i < paths.length; i += WANT_FILES) this.#port.postMessage({ first: first + i, paths: paths.slice(i, i + WANT_FILES) } satisfies ReadAheadWant);
    return first;
  }

  take(place: number): Buffer | undefined {
    // The worker skips what discovery has passed, and waits when it is far ahead, to be woken
    // once discovery has taken half of what it read (not at every file: a wake is a system call).
    Atomics.store(this.#progress, 0, place + 1);
    const wakeAt = Atomics.load(this.#progress, 1);
    if (wakeAt !== 0 && place + 1 >= wakeAt) Atomics.notify(this.#progress, 0);
    let answer = this.#answerHolding(place);
    if (answer === undefined) {
      this.#poll();
      answer = this.#answerHolding(place);
    }
    if (answer === undefined) return undefined;
    const i = place - answer.first;
    const end = answer.ends[i] as number;
    if (end < 0) return undefined;
    const before = i === 0 ? 0 : (answer.ends[i - 1] as number);
    // A view of the answer's memory: discovery decodes it only if it needs the text.
    return answer.bytes.subarray(before < 0 ? -1 - before : before, end);
  }

  /** The place after the last file the worker has answered for (what has arrived is taken in first). */
  answeredUpTo(): number {
    this.#poll();
    return this.#answered;
  }

  close(): void {
    this.#failed = true;
    this.#arrived = [];
    this.#port.close();
    void this.#worker.terminate();
  }

  /** The answer holding the file at `place`, letting go of the answers before it (discovery has passed them). */
  #answerHolding(place: number): Arrived | undefined {
    let passed = 0;
    for (const answer of this.#arrived) {
      if (place < answer.first + answer.ends.length) break;
      passed++;
    }
    if (passed > 0) this.#arrived = this.#arrived.slice(passed);
    const answer = this.#arrived[0];
    return answer !== undefined && place >= answer.first ? answer : undefined;
  }

  #poll(): void {
    for (let received = this.#receive(this.#port); received !== undefined; received = this.#receive(this.#port)) {
      const answer = received.message as ReadAheadAnswer;
      this.#arrived.push({ first: answer.first, ends: answer.ends, bytes: Buffer.from(answer.bytes) });
      this.#answered = answer.first + answer.ends.length;
    }
  }
}

/** An answer of the worker, its bytes as a Buffer. */
interface Arrived {
  first: number;
  ends: number[];
  bytes: Buffer;
}
