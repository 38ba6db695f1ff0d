import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { discover, type Discovery, type Narrowed } from "../../src/discover/discover.js";
import { detectFormat, formatByPath, type FormatOverride } from "../../src/discover/detect-format.js";
import { detectionOrder, formats } from "../../src/discover/file-formats.js";
import { formatPatternMatcher } from "../../src/discover/format-patterns.js";
import { stripBom } from "../../src/formats/positions.js";
import { globMatcher } from "../../src/glob.js";
import { READ_AHEAD_FILES } from "../../src/discover/read-ahead-protocol.js";
import { spawnReadAhead, WorkerReadAhead, type ReadAhead } from "../../src/discover/read-ahead.js";
import { makeTree } from "../helpers/tree.js";

const DEPLOYMENT = (name: string): string => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n`;

/** The read-ahead a run starts (dist/read-ahead.cjs), with the main thread's side of it. */
function startWorker(limit: number): WorkerReadAhead {
  const ahead = spawnReadAhead(limit);
  if (!(ahead instanceof WorkerReadAhead)) throw new Error("no read-ahead worker could be started");
  return ahead;
}

/** Blocks the thread for `ms`, as a busy discovery would. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Waits (synchronously, as discovery runs) until the worker has answered up to `place`. */
function waitFor(ahead: WorkerReadAhead, place: number): void {
  for (let waited = 0; ahead.answeredUpTo() < place; waited += 5) {
    if (waited > 10_000) throw new Error(`the worker answered up to ${ahead.answeredUpTo()} of ${place} in 10 s`);
    pause(5);
  }
}

const started: WorkerReadAhead[] = [];
afterEach(() => {
  for (const ahead of started.splice(0)) ahead.close();
});

describe("the read-ahead worker a run starts (dist/read-ahead.cjs)", () => {
  it("reads the files it is told of, decoded as discovery decodes them, and leaves what it cannot read to discovery", () => {
    const root = makeTree({
      "a.yaml": DEPLOYMENT("a"),
      "b.yaml": "name: café naïve ✓\n",
      "empty.yaml": "",
      "big.yaml": `# ${"x".repeat(200)}\n`,
    });
    writeFileSync(join(root, "bad.yaml"), Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    const files = ["a.yaml", "b.yaml", "empty.yaml", "big.yaml", "bad.yaml", "gone.yaml"].map((name) => join(root, name));
    const ahead = startWorker(100);
    started.push(ahead);
    expect(ahead.want(files)).toBe(0);
    waitFor(ahead, files.length);
    expect(files.map((_, place) => ahead.take(place)?.toString("utf8"))).toEqual([
      readFileSync(files[0] as string, "utf8"),
      "name: café naïve ✓\n",
      "",
      // Over the size limit, and missing: discovery reads them, and says why it cannot.
      undefined,
      readFileSync(files[4] as string).toString("utf8"),
      undefined,
    ]);
  });

  it("numbers files across the lists it is told of, skips what discovery passed, and gives nothing for a place passed", () => {
    const root = makeTree(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`m${String(i).padStart(2, "0")}.yaml`, DEPLOYMENT(`m${i}`)])));
    const files = Array.from({ length: 40 }, (_, i) => join(root, `m${String(i).padStart(2, "0")}.yaml`));
    const ahead = startWorker(10 * 1024 * 1024);
    started.push(ahead);
    expect(ahead.want(files.slice(0, 25))).toBe(0);
    expect(ahead.want(files.slice(25))).toBe(25);
    // Discovery got to the 11th file before any answer: the worker skips the ten before it.
    expect(ahead.take(10)).toBeUndefined();
    waitFor(ahead, 40);
    expect(ahead.take(30)?.toString("utf8")).toBe(DEPLOYMENT("m30"));
    expect(ahead.take(20)).toBeUndefined();
    expect(ahead.take(39)?.toString("utf8")).toBe(DEPLOYMENT("m39"));
  });

  it("keeps at most 256 files ahead of discovery, and reads on once discovery has taken half of them", () => {
    const count = 600;
    const names = Array.from({ length: count }, (_, i) => `p${String(i).padStart(3, "0")}.yaml`);
    const root = makeTree(Object.fromEntries(names.map((name) => [name, DEPLOYMENT(name)])));
    const ahead = startWorker(10 * 1024 * 1024);
    started.push(ahead);
    ahead.want(names.map((name) => join(root, name)));
    waitFor(ahead, READ_AHEAD_FILES);
    pause(100);
    expect(ahead.answeredUpTo()).toBe(READ_AHEAD_FILES);
    // One file short of half: it waits on.
    expect(ahead.take(READ_AHEAD_FILES / 2 - 2)?.toString("utf8")).toBe(DEPLOYMENT(names[READ_AHEAD_FILES / 2 - 2] as string));
    pause(100);
    expect(ahead.answeredUpTo()).toBe(READ_AHEAD_FILES);
    // Half taken: it reads up to 256 files past what discovery has taken, and waits again.
    ahead.take(READ_AHEAD_FILES / 2 - 1);
    waitFor(ahead, READ_AHEAD_FILES / 2 + READ_AHEAD_FILES);
    pause(100);
    expect(ahead.answeredUpTo()).toBe(READ_AHEAD_FILES / 2 + READ_AHEAD_FILES);
    expect(ahead.take(count - 1)).toBeUndefined();
  });
});

describe("a read-ahead whose worker fails", () => {
  it("gives nothing, and discovery reads every file itself", async () => {
    const { port1, port2 } = new MessageChannel();
    const progress = new SharedArrayBuffer(8);
    const worker = new Worker("throw new Error('no reading here')", { eval: true, workerData: { port: port2 }, transferList: [port2] });
    const exited = new Promise((resolve) => worker.once("exit", resolve));
    const ahead = new WorkerReadAhead(worker, port1, progress, receiveMessageOnPort);
    started.push(ahead);
    await exited;
    const root = makeTree({ "a.yaml": DEPLOYMENT("a"), "b.yaml": DEPLOYMENT("b") });
    const options = { cwd: root, paths: ["."], ignore: [], overrides: [], wanted: () => true };
    const found = discover({ ...options, readAhead: () => ahead, readAheadAfter: 1 });
    expect(found.candidates.map((c) => c.text)).toEqual([DEPLOYMENT("a"), DEPLOYMENT("b")]);
    expect(ahead.take(0)).toBeUndefined();
  });
});

describe("discovery with a read-ahead", () => {
  /** A read-ahead that waits for each file's answer, counting the texts it gave. */
  function patient(): { start: (limit: number) => ReadAhead; given: () => number } {
    let given = 0;
    return {
      start: (limit) => {
        const ahead = startWorker(limit);
        started.push(ahead);
        return {
          want: (paths) => ahead.want(paths),
          take: (place) => {
            waitFor(ahead, place + 1);
            const text = ahead.take(place);
            if (text !== undefined) given += 1;
            return text;
          },
          close: () => ahead.close(),
        };
      },
      given: () => given,
    };
  }

  const tree = (): string =>
    makeTree({
      // Files and directories interleave: the worker reads in the order the walk visits.
      "a.yaml": DEPLOYMENT("a"),
      "b/one.yaml": DEPLOYMENT("b1"),
      "b/two.yaml": DEPLOYMENT("b2"),
      "b-c.yaml": DEPLOYMENT("bc"),
      "c/.gitignore": "skip.yaml\n",
      "c/skip.yaml": DEPLOYMENT("skip"),
      "c/d/deep.yml": DEPLOYMENT("deep"),
      "c/kept.yaml": "name: not kubernetes\n",
      "Dockerfile": "FROM node:22\n",
      "docs/notes.md": "# notes\n",
      "big.yaml": `# ${"x".repeat(3000)}\n`,
      "renovate.json": "{}\n",
      "templates/t.yaml": "name: {{ .Values.name }}\n",
    });

  const plain = (found: Discovery): unknown => ({ ...found, unrecognised: [...found.unrecognised.keys()] });

  it("finds, reads and reports every file as it does without one", () => {
    const root = tree();
    const options = { cwd: root, paths: ["."], ignore: [], overrides: [], wanted: (format: string) => format !== "renovate", maxBytes: 2000 };
    const ahead = patient();
    const withAhead = discover({ ...options, readAhead: ahead.start, readAheadAfter: 1 });
    expect(plain(withAhead)).toEqual(plain(discover(options)));
    // Every file read but the one over the size limit came from the worker.
    expect(withAhead.candidates.map((c) => c.path)).toEqual(["Dockerfile", "a.yaml", "b-c.yaml", "b/one.yaml", "b/two.yaml", "c/d/deep.yml", "c/kept.yaml"]);
    expect(withAhead.skipped.find((f) => f.path === "big.yaml")?.reason).toMatch(/larger than the size limit/);
    expect(ahead.given()).toBe(8);
  });

  it("decides on the bytes the worker read, decoding only the files it keeps", () => {
    const root = tree();
    const seen: string[] = [];
    const narrow = (format: string, content: Buffer | string): Narrowed | undefined => {
      seen.push(Buffer.isBuffer(content) ? "bytes" : "text");
      return Buffer.isBuffer(content) && content.includes("name: b2") ? { skip: "not read by any policy" } : undefined;
    };
    const ahead = patient();
    const found = discover({ cwd: root, paths: ["."], ignore: [], overrides: [], wanted: () => true, maxBytes: 2000, narrow, readAhead: ahead.start, readAheadAfter: 1 });
    expect(found.skipped.find((f) => f.path === "b/two.yaml")?.reason).toBe("not read by any policy");
    expect(found.candidates.map((c) => c.path)).not.toContain("b/two.yaml");
    expect(found.candidates.find((c) => c.path === "b/one.yaml")?.text).toBe(DEPLOYMENT("b1"));
    expect(seen.length).toBeGreaterThan(5);
    expect(new Set(seen)).toEqual(new Set(["bytes"]));
  });

  it("does not start one for a walk with fewer files to read than the figure", () => {
    const root = tree();
    let starts = 0;
    discover({ cwd: root, paths: ["."], ignore: [], overrides: [], wanted: () => true, readAhead: () => void (starts += 1), readAheadAfter: 100 });
    expect(starts).toBe(0);
  });
});

/**
 * Detection as one loop over the overrides and the built-in order, the way it was written before
 * a path's answer could be kept: the reference `formatByPath` and the resumed detection are held to.
 */
function detectInOneLoop(path: string, read: () => string, overrides: readonly FormatOverride[]): string | undefined {
  for (const override of overrides) if (globMatcher(override.paths)(path)) return override.format;
  for (const id of detectionOrder) {
    const format = formats[id];
    if (!format) continue;
    if (formatPatternMatcher(format.paths)(path)) return id;
    if (format.sniffedPaths && format.sniff && formatPatternMatcher(format.sniffedPaths)(path) && format.sniff(stripBom(read()))) return id;
  }
  return undefined;
}

describe("formatByPath", () => {
  const overrides: FormatOverride[] = [{ paths: ["deploy/*.tpl"], format: "kubernetes" }];

  it("lets detectFormat decide as it does alone, reading the same texts", () => {
    const repository = execPaths();
    expect(repository.length).toBeGreaterThan(200);
    for (const path of [...repository, "deploy/app.tpl", "x/docker-compose.override.yml", "a/b/Containerfile", "nothing.bin"]) {
      let text = "";
      try {
        text = readFileSync(path, "utf8");
      } catch {
        text = DEPLOYMENT("made-up");
      }
      for (const list of [[], overrides]) {
        // Whole texts read; a sniff that a text's start may confirm (sniffPrefix) is asked of that first.
        let reads = 0;
        const read = (prefix?: number): string => {
          if (prefix !== undefined) return text.slice(0, prefix);
          reads += 1;
          return text;
        };
        const alone = detectInOneLoop(path, read, list);
        const readsAlone = reads;
        reads = 0;
        expect([path, detectFormat(path, read, list, formatByPath(path, list))]).toEqual([path, alone]);
        expect(reads).toBeLessThanOrEqual(readsAlone);
        const readsByPath = reads;
        reads = 0;
        expect([path, detectFormat(path, read, list)]).toEqual([path, alone]);
        expect(reads).toBe(readsByPath);
      }
    }
  });
});

/** Every file the repository tracks under examples/ and test/: paths of every format, and many of none. */
function execPaths(): string[] {
  return execFileSync("git", ["ls-files", "examples", "test"], { encoding: "utf8" }).split("\n").filter((line) => line !== "");
}
