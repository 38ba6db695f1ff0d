import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { fastDocumentValues } from "../../src/formats/yaml-values.js";
import { spawnParseWorker } from "../../src/parse/spawn-worker.js";
import { BATCHES_AHEAD, BATCH_SIZE, YamlParsePool, type ParseBatch, type ParsedBatch, type WorkerLike } from "../../src/parse/yaml-pool.js";

/** A worker that answers on a later turn of the event loop, in this thread; `failAfter` batches, it dies. */
function fakeWorker(log: { batches: number; terminated: boolean }, failAfter = Infinity): () => WorkerLike {
  return () => {
    const listeners: Record<string, Array<(arg: never) => void>> = { message: [], error: [], exit: [] };
    const emit = (event: string, arg: unknown): void => listeners[event]?.forEach((listener) => listener(arg as never));
    return {
      postMessage(batch: ParseBatch) {
        log.batches += 1;
        const dies = log.batches > failAfter;
        setImmediate(() => (dies ? emit("error", new Error("worker died")) : emit("message", { id: batch.id, values: batch.texts.map((t) => fastDocumentValues(t) ?? null) } satisfies ParsedBatch)));
      },
      on(event: string, listener: (arg: never) => void) {
        listeners[event]?.push(listener);
        return this;
      },
      async terminate() {
        log.terminated = true;
        return 0;
      },
    } as WorkerLike;
  };
}

/** Small, so that the tests stay quick; the run's own threshold is WORKER_THRESHOLD. */
const WORKER_THRESHOLD = 16;

const manifest = (i: number): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  n: "${i}"\n`;

function offerAll(pool: YamlParsePool, count: number, text: (i: number) => string = manifest): string[] {
  const paths = Array.from({ length: count }, (_, i) => `k8s/c${i}.yaml`);
  paths.forEach((path, i) => pool.offer(path, text(i)));
  pool.flush();
  return paths;
}

describe("YAML files parsed on a second core", () => {
  it("is made for a run only when NORECUR_PARALLEL=1 asks, and then takes files from the first", async () => {
    const log = { batches: 0, terminated: false };
    expect(YamlParsePool.forRun(fakeWorker(log), {})).toBeUndefined();
    expect(YamlParsePool.forRun(fakeWorker(log), { NORECUR_PARALLEL: "0" })).toBeUndefined();
    const pool = YamlParsePool.forRun(fakeWorker(log), { NORECUR_PARALLEL: "1" });
    if (availableParallelism() < 2) return void expect(pool).toBeUndefined();
    const paths = offerAll(pool as YamlParsePool, BATCH_SIZE + 1);
    // The first file started the worker and stays the main thread's; the next ones are the worker's.
    expect(await pool?.valuesFor(paths[0] as string)).toBeUndefined();
    expect(await pool?.valuesFor(paths[1] as string)).toEqual(fastDocumentValues(manifest(1)));
    await pool?.close();
  });

  it("starts no worker for fewer files than the threshold: the main thread parses them", async () => {
    const log = { batches: 0, terminated: false };
    const pool = new YamlParsePool(fakeWorker(log), WORKER_THRESHOLD);
    const paths = offerAll(pool, WORKER_THRESHOLD - 1);
    expect(await pool.valuesFor(paths[0] as string)).toBeUndefined();
    await pool.close();
    expect(log.batches).toBe(0);
  });

  it("gives the files found after the worker started the values the YAML parser's fast path gives, in batches", async () => {
    const log = { batches: 0, terminated: false };
    const pool = new YamlParsePool(fakeWorker(log), WORKER_THRESHOLD);
    const paths = offerAll(pool, WORKER_THRESHOLD + 2 * BATCH_SIZE + 7);
    // The ones found before it started are the main thread's.
    for (const [i, path] of paths.entries()) expect(await pool.valuesFor(path)).toEqual(i < WORKER_THRESHOLD ? undefined : fastDocumentValues(manifest(i)));
    expect(log.batches).toBe(3);
    await pool.close();
    expect(log.terminated).toBe(true);
  });

  it("keeps the worker a bounded number of batches ahead of the files asked for, and sends one asked for out of turn at once", async () => {
    const log = { batches: 0, terminated: false };
    const pool = new YamlParsePool(fakeWorker(log), WORKER_THRESHOLD);
    const batches = BATCHES_AHEAD + 4;
    const paths = offerAll(pool, WORKER_THRESHOLD + batches * BATCH_SIZE);
    // Discovery is over and nothing was asked for yet: only the window is out.
    expect(log.batches).toBe(BATCHES_AHEAD);
    // A file of the last batch asked for first (path order is not discovery order): sent now, answered.
    const last = paths.length - 1;
    expect(await pool.valuesFor(paths[last] as string)).toEqual(fastDocumentValues(manifest(last)));
    expect(log.batches).toBe(BATCHES_AHEAD + 1);
    // Reading the first batch to its end lets the next one go.
    const first = paths.slice(WORKER_THRESHOLD, WORKER_THRESHOLD + BATCH_SIZE);
    for (const path of first) await pool.valuesFor(path);
    expect(log.batches).toBe(BATCHES_AHEAD + 2);
    for (const [i, path] of paths.entries()) {
      if (i === last || first.includes(path)) continue;
      expect(await pool.valuesFor(path)).toEqual(i < WORKER_THRESHOLD ? undefined : fastDocumentValues(manifest(i)));
    }
    expect(log.batches).toBe(batches);
    // A file already given is the main thread's if asked for again: its answer is let go.
    expect(await pool.valuesFor(paths[WORKER_THRESHOLD] as string)).toBeUndefined();
    await pool.close();
  });

  it("leaves to the main thread the files the fast path refuses, and those of a worker that died", async () => {
    const log = { batches: 0, terminated: false };
    const pool = new YamlParsePool(fakeWorker(log, 1), WORKER_THRESHOLD);
    const first = WORKER_THRESHOLD;
    const paths = offerAll(pool, first + 2 * BATCH_SIZE, (i) => (i === first + 3 ? "a: [unclosed\n" : manifest(i)));
    expect(await pool.valuesFor(paths[first] as string)).toEqual(fastDocumentValues(manifest(first)));
    expect(await pool.valuesFor(paths[first + 3] as string)).toBeUndefined();
    expect(await pool.valuesFor(paths[first + BATCH_SIZE] as string)).toBeUndefined();
    expect(await pool.valuesFor("never/offered.yaml")).toBeUndefined();
    await pool.close();
  });

  it("never waits on a worker that failed while files were still being offered", async () => {
    const log = { batches: 0, terminated: false };
    const pool = new YamlParsePool(fakeWorker(log, 0), WORKER_THRESHOLD);
    const offer = (i: number): void => pool.offer(`k8s/c${i}.yaml`, manifest(i));
    // One batch goes out, and some files wait for the next when the worker's failure arrives.
    for (let i = 0; i < WORKER_THRESHOLD + BATCH_SIZE + 3; i++) offer(i);
    await new Promise((done) => setImmediate(done));
    offer(WORKER_THRESHOLD + BATCH_SIZE + 3);
    pool.flush();
    for (let i = WORKER_THRESHOLD; i <= WORKER_THRESHOLD + BATCH_SIZE + 3; i++) expect(await pool.valuesFor(`k8s/c${i}.yaml`)).toBeUndefined();
    expect(log.batches).toBe(1);
    await pool.close();
  });

  it("parses on the main thread when no worker can start", async () => {
    const pool = new YamlParsePool(() => {
      throw new Error("no threads here");
    }, WORKER_THRESHOLD);
    const paths = offerAll(pool, WORKER_THRESHOLD + 1);
    expect(await pool.valuesFor(paths[0] as string)).toBeUndefined();
    await pool.close();
  });

  it("runs the bundled worker (dist/parse-worker.js), which agrees with the parser and refuses what is nested too deeply", async () => {
    const pool = new YamlParsePool(spawnParseWorker, WORKER_THRESHOLD);
    const deep = `${"[".repeat(300)}${"]".repeat(300)}\n`;
    const first = WORKER_THRESHOLD;
    // Sent as JSON, and by structured clone (a number JSON would change, a part an alias shares).
    const cloned = "replicas: .nan\nbase: &b {x: -0.0}\nuse: *b\n";
    const texts: Record<number, string> = { [first + 1]: deep, [first + 2]: "? [complex]\n: key\n", [first + 4]: cloned };
    const paths = offerAll(pool, first + 5, (i) => texts[i] ?? manifest(i));
    try {
      expect(await pool.valuesFor(paths[first] as string)).toEqual(fastDocumentValues(manifest(first)));
      expect(await pool.valuesFor(paths[first + 1] as string)).toBeUndefined();
      expect(await pool.valuesFor(paths[first + 2] as string)).toBeUndefined();
      expect(await pool.valuesFor(paths[first + 3] as string)).toEqual(fastDocumentValues(manifest(first + 3)));
      const [values] = ((await pool.valuesFor(paths[first + 4] as string)) ?? []) as Array<{ replicas: number; base: { x: number }; use: object }>;
      expect(values).toEqual({ replicas: Number.NaN, base: { x: -0 }, use: { x: -0 } });
      expect(values?.use).toBe(values?.base);
    } finally {
      await pool.close();
    }
  });
});
