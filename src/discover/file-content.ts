import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { errorCode } from "./file-kind.js";

/** Largest file read by default, in bytes. */
export const MAX_BYTES = 10 * 1024 * 1024;

/** Characters at the start of a text looked at for a NUL, which makes it binary. */
const BINARY_PROBE = 8192;

/**
 * A regular file's content within the size limit, read once when first asked for and decoded only
 * when its text is: discovery decides on the bytes of some files it does not parse (a Kubernetes
 * file of objects no policy reads; a Helm template), and decoding a text of megabytes costs more
 * than reading it. The bytes may be a view of the buffer the run reads into, so they are only good
 * until the next file is read: a content is used and dropped before then. Bytes the read-ahead
 * worker read are taken the same way.
 */
export class FileContent {
  #read: Buffer | string | { reason: string } | undefined;
  #text: string | undefined;

  /** `readAhead`: what the read-ahead worker read of the file, when it did (its bytes; a text in the tests). */
  constructor(
    private readonly path: string,
    private readonly maxBytes: number | undefined,
    readAhead?: Buffer | string,
  ) {
    if (readAhead !== undefined) this.#read = isBinary(readAhead) ? { reason: "binary content" } : readAhead;
  }

  /** Its bytes, or its text when that is all there is; undefined when it cannot be read (see {@link failure}). */
  raw(): Buffer | string | undefined {
    const read = this.#content();
    return typeof read === "object" && !Buffer.isBuffer(read) ? undefined : read;
  }

  /** Why it cannot be had, once asked for; undefined before, or when it can. */
  failure(): string | undefined {
    const read = this.#read;
    return typeof read === "object" && !Buffer.isBuffer(read) ? read.reason : undefined;
  }

  /** Its text ("" when it cannot be read); only the first `prefixBytes` bytes or so when given and not decoded yet. */
  text(prefixBytes?: number): string {
    if (this.#text === undefined) {
      const read = this.#content();
      if (typeof read === "string") this.#text = read;
      else if (!Buffer.isBuffer(read)) return "";
      else if (prefixBytes !== undefined && prefixBytes < read.length) return read.toString("utf8", 0, prefixBytes);
      else this.#text = read.toString("utf8");
    }
    return prefixBytes === undefined ? this.#text : this.#text.slice(0, prefixBytes);
  }

  #content(): Buffer | string | { reason: string } {
    if (this.#read === undefined) {
      const limit = this.maxBytes ?? MAX_BYTES;
      try {
        const read = readWithin(this.path, limit);
        if (typeof read === "number") this.#read = { reason: `cannot read: larger than the size limit (${read} > ${limit} bytes, config max-file-size)` };
        else this.#read = isBinary(read) ? { reason: "binary content" } : read;
      } catch (error) {
        this.#read = { reason: `cannot read: ${errorCode(error)}` };
      }
    }
    return this.#read;
  }
}

/**
 * Whether a content holds a NUL among its first {@link BINARY_PROBE} characters. Bytes without a
 * NUL byte there hold none; others are decoded to count characters as the text would.
 *
 * Only the first {@link BINARY_PROBE_BYTES} bytes are looked at: decoded from UTF-8, no UTF-16
 * unit takes more than three bytes (a four-byte character is two units; an invalid byte or
 * sequence is one unit for at most three), and a NUL byte is only ever the NUL character, so a
 * NUL further on is past the first {@link BINARY_PROBE} characters. Looking through every byte
 * took 37 ms of a run over envoyproxy/gateway (96 MB, CustomResourceDefinitions of megabytes).
 */
function isBinary(read: Buffer | string): boolean {
  if (typeof read === "string") return read.slice(0, BINARY_PROBE).includes("\u0000");
  const probe = read.length > BINARY_PROBE_BYTES ? read.subarray(0, BINARY_PROBE_BYTES) : read;
  if (!probe.includes(0)) return false;
  return probe.toString("utf8").slice(0, BINARY_PROBE).includes("\u0000");
}

/** Bytes that hold at least the first {@link BINARY_PROBE} characters of a text (see {@link isBinary}). */
const BINARY_PROBE_BYTES = 3 * BINARY_PROBE;

/** Bytes read into one buffer before a file is taken for large (and stat'ed). */
const WINDOW_BYTES = 1024 * 1024;
let window: Buffer | undefined;

/**
 * A file's bytes, or its size when that is over `limit`. It is read into one buffer the run
 * shares, with no stat: most files are smaller, and a stat before each read cost more than the
 * read (10,000 manifests: 37 ms against 21 ms). Only a file that fills the buffer is stat'ed.
 * Opened non-blocking, so that a FIFO put where the listing saw a regular file reads as empty
 * instead of waiting for a writer.
 */
function readWithin(path: string, limit: number): Buffer | number {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    window ??= Buffer.allocUnsafe(WINDOW_BYTES);
    const room = Math.min(limit + 1, WINDOW_BYTES);
    let filled = 0;
    while (filled < room) {
      const got = readSync(fd, window, filled, room - filled, null);
      if (got === 0) return window.subarray(0, filled);
      filled += got;
    }
    const size = fstatSync(fd).size;
    return size > limit ? size : readFileSync(path);
  } finally {
    closeSync(fd);
  }
}
