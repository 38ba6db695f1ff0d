import type { WorkerLike } from "./yaml-pool.js";
/** The parse worker of the bundles (dist/parse-worker.js, built from src/parse/worker.ts). */
export declare function spawnParseWorker(): WorkerLike;
