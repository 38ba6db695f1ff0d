"use strict";

// src/discover/read-ahead-worker.ts
var import_node_fs = require("node:fs");
var import_node_worker_threads = require("node:worker_threads");

// src/discover/read-ahead-protocol.ts
var READ_AHEAD_FILES = 256;
var READ_AHEAD_BYTES = 8 * 1024 * 1024;

// src/discover/read-ahead-worker.ts
var { port, progress, limit } = import_node_worker_threads.workerData;
var taken = new Int32Array(progress);
var window = Buffer.allocUnsafe(1024 * 1024);
var room = Math.min(limit + 1, window.length);
var sentBefore = new Float64Array(READ_AHEAD_FILES + 1);
var sentAt = (at) => sentBefore[at % sentBefore.length];
var place = 0;
function read(path) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0));
    let filled = 0;
    while (filled < room) {
      const got = (0, import_node_fs.readSync)(fd, window, filled, room - filled, null);
      if (got === 0) return window.subarray(0, filled);
      filled += got;
    }
    return void 0;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
function keepPace() {
  for (; ; ) {
    const at = Atomics.load(taken, 0);
    if (at >= place) return;
    if (place - at < READ_AHEAD_FILES && sentAt(place) - sentAt(at) < READ_AHEAD_BYTES) return;
    const wakeAt = at + Math.ceil((place - at) / 2);
    Atomics.store(taken, 1, wakeAt);
    for (let now = Atomics.load(taken, 0); now < wakeAt; now = Atomics.load(taken, 0)) Atomics.wait(taken, 0, now, 50);
    Atomics.store(taken, 1, 0);
  }
}
var BATCH_BYTES = 64 * 1024;
var BATCH_FILES = 64;
port.on("message", (want) => {
  let first = want.first;
  let ends = [];
  let chunks = [];
  let bytes = 0;
  const send = () => {
    if (ends.length === 0) return;
    const buffer = Buffer.concat(chunks, bytes);
    const own = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? buffer.buffer : buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    port.postMessage({ first, ends, bytes: own }, [own]);
    first += ends.length;
    ends = [];
    chunks = [];
    bytes = 0;
  };
  for (const path of want.paths) {
    keepPace();
    const skip = place < Atomics.load(taken, 0);
    const content = skip ? void 0 : read(path);
    if (content !== void 0) {
      chunks.push(Buffer.from(content));
      bytes += content.length;
    }
    ends.push(content === void 0 ? -1 - bytes : bytes);
    const before = sentAt(place);
    place += 1;
    sentBefore[place % sentBefore.length] = before + (content?.length ?? 0);
    if (bytes >= BATCH_BYTES || ends.length >= BATCH_FILES) send();
  }
  send();
});
