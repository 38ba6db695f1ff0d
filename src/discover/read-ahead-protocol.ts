/** What the read-ahead worker is started with (src/discover/read-ahead-worker.ts). */
export interface ReadAheadSetup {
  /**
   * Int32Array over it. [0]: the place after the file the main thread looks at now; [1]: while the
   * worker waits for the main thread to take what it has read, the place to wake it at (0 otherwise).
   */
  progress: SharedArrayBuffer;
  /** The size limit: a file over it is left to the main thread, which reports it. */
  limit: number;
}

/** Files to read, in the order discovery will read them; `first` is the place of the first. */
export interface ReadAheadWant {
  first: number;
  paths: string[];
}

/**
 * Files read: the one at place `first + i` is `bytes` from the end of the one before to
 * `ends[i]`; a file the main thread reads itself has `-1 - end` there (no bytes).
 */
export interface ReadAheadAnswer {
  first: number;
  ends: number[];
  bytes: ArrayBuffer;
}

/** Files the worker reads ahead of the main thread at most, and bytes. */
export const READ_AHEAD_FILES = 256;
export const READ_AHEAD_BYTES = 8 * 1024 * 1024;
