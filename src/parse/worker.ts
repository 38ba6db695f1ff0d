import { parentPort } from "node:worker_threads";
import { deepPath } from "../formats/bounded-parse.js";
import { fastDocumentValues, measuredShallow } from "../formats/yaml-values.js";
import { sendValues } from "./values-transport.js";
import type { ParseBatch, ParsedBatch } from "./yaml-pool.js";

/**
 * The parse worker (dist/parse-worker.js): reads YAML files' values with the fast path, the
 * same function the YAML parser calls, measures their depth as the main thread would
 * (src/formats/bounded-parse.ts), and sends them back (as JSON text where that is exact,
 * src/parse/values-transport.ts). `null` for a file leaves it to the main
 * thread, which parses it as it would without a worker: errors, leniency, positions, and a
 * value nested too deeply, which it reports.
 */
function answer(batch: ParseBatch): ParsedBatch {
  return {
    id: batch.id,
    values: batch.texts.map((text) => {
      try {
        const values = fastDocumentValues(text);
        return values !== undefined && (measuredShallow(values) || values.every((value) => deepPath(value) === undefined)) ? sendValues(values) : null;
      } catch {
        return null;
      }
    }),
  };
}

parentPort?.on("message", (batch: ParseBatch) => {
  const parsed = answer(batch);
  try {
    parentPort?.postMessage(parsed);
  } catch {
    // A value the structured clone refuses (nesting deeper than its stack): the main thread parses the batch.
    parentPort?.postMessage({ id: batch.id, values: batch.texts.map(() => null) } satisfies ParsedBatch);
  }
});
