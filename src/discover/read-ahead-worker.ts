import { closeSync, constants, openSync, readSync } from "node:fs";
import { workerData, type MessagePort } from "node:worker_threads";
import { READ_AHEAD_BYTES, READ_AHEAD_FILES, type ReadAheadAnswer, type ReadAheadSetup, type ReadAheadWant } from "./read-ahead-protocol.js";

/*
 * The read-ahead worker (dist/read-ahead.cjs): opens and reads the files discovery will read,
 * in the order it will read them, on the second core, and sends their bytes back in batches
 * (docs/performance.md, "Files read on the second core"). It only reads: the main thread decodes,
 * checks and classifies every file as before, and reads itself any file answered with -1 (one
 * that fills the read window, or fails to open or read), so what it reports is the same.
 */

const { port, progress, limit } = workerData as ReadAheadSetup & { port: MessagePort };
/** [0]: the place after the file the main thread looks at now (the worker skips what it has passed); [1]: while waiting, where to be woken. */
const taken = new Int32Array(progress);
const window = Buffer.allocUnsafe(1024 * 1024);
const room = Math.min(limit + 1, window.length);

/**
 * Bytes sent before each of the last places (cumulative), to keep at most READ_AHEAD_BYTES ahead
 * of the main thread: a ring, since the worker is never more than READ_AHEAD_FILES ahead.
 */
const sentBefore = new Float64Array(READ_AHEAD_FILES + 1);
const sentAt = (at: number): number => sentBefore[at % sentBefore.length] as number;
let place = 0;

/** A file's bytes, or undefined for the main thread to read it (it fills the window, or opening or reading failed). */
function read(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    let filled = 0;
    while (filled < room) {
      const got = readSync(fd, window, filled, room - filled, null);
      if (got === 0) return window.subarray(0, filled);
      filled += got;
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Waits while the main thread is far behind: what is read ahead waits in memory until it is
 * taken. Once far ahead, it waits for the main thread to take half of what it has read, and then
 * reads in a burst: woken at every file taken, it cost a system call on each side per file.
 */
function keepPace(): void {
  for (;;) {
    const at = Atomics.load(taken, 0);
    if (at >= place) return;
    if (place - at < READ_AHEAD_FILES && sentAt(place) - sentAt(at) < READ_AHEAD_BYTES) return;
    const wakeAt = at + Math.ceil((place - at) / 2);
    Atomics.store(taken, 1, wakeAt);
    // The main thread wakes it once it is there; the time-out is a safety net, not a pace.
    for (let now = Atomics.load(taken, 0); now < wakeAt; now = Atomics.load(taken, 0)) Atomics.wait(taken, 0, now, 50);
    Atomics.store(taken, 1, 0);
  }
}

/** Files read into one buffer per message, sent (transferred, not copied) every BATCH_BYTES or BATCH_FILES. */
const BATCH_BYTES = 64 * 1024;
const BATCH_FILES = 64;

port.on("message", (want: ReadAheadWant) => {
  let first = want.first;
  let ends: number[] = [];
  let chunks: Buffer[] = [];
  let bytes = 0;
  const send = (): void => {
    if (ends.length === 0) return;
    const buffer = Buffer.concat(chunks, bytes);
    // A pooled Buffer may share its memory: the answer gets memory of its own, transferred.
    const own = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? buffer.buffer : buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    port.postMessage({ first, ends, bytes: own } satisfies ReadAheadAnswer, [own as ArrayBuffer]);
    first += ends.length;
    ends = [];
    chunks = [];
    bytes = 0;
  };
  for (const path of want.paths) {
    keepPace();
    // Passed already: the main thread read it itself.
    const skip = place < Atomics.load(taken, 0);
    const content = skip ? undefined : read(path);
    if (content !== undefined) {
      chunks.push(Buffer.from(content));
      bytes += content.length;
    }
    ends.push(content === undefined ? -1 - bytes : bytes);
    const before = sentAt(place);
    place += 1;
    sentBefore[place % sentBefore.length] = before + (content?.length ?? 0);
    if (bytes >= BATCH_BYTES || ends.length >= BATCH_FILES) send();
  }
  send();
});
