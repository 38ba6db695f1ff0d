import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../package-root.js";
import type { WorkerLike } from "./yaml-pool.js";

/** The parse worker of the bundles (dist/parse-worker.js, built from src/parse/worker.ts). */
export function spawnParseWorker(): WorkerLike {
  return new Worker(join(packageRoot(), "dist", "parse-worker.js"));
}
