import type { WorkerLike } from "./yaml-pool.js";
/**
 * The parse worker of the bundles (dist/parse-worker.js, built from src/parse/worker.ts).
 * node:worker_threads is loaded here, when a run starts a worker: loading it costs a pre-commit
 * run, which never does, a millisecond.
 */
export declare function spawnParseWorker(): WorkerLike;
