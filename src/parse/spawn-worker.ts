import { createRequire } from "node:module";
import { join } from "node:path";
import { packageRoot } from "../package-root.js";
import type { WorkerLike } from "./yaml-pool.js";

/**
 * The parse worker of the bundles (dist/parse-worker.js, built from src/parse/worker.ts).
 * node:worker_threads is loaded here, when a run starts a worker: loading it costs a pre-commit
 * run, which never does, a millisecond.
 */
export function spawnParseWorker(): WorkerLike {
  const { Worker } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  return new Worker(join(packageRoot(), "dist", "parse-worker.js"));
}
