import type { Adapter } from "../adapter.js";

/**
 * One product's part of a normalized adapter: the formats it reads, declared next to the code
 * that reads them, and the function that turns those documents into subjects.
 */
export interface ProductReader {
  /** Formats whose documents `read` looks at; discovery parses them only when a policy needs the kind. */
  formats: readonly string[];
  /** The product's subjects. */
  read: Adapter;
}

/** A kind's adapter and formats, from its products' readers (formats sorted, without repeats). */
export function combineReaders(readers: readonly ProductReader[]): { adapter: Adapter; formats: readonly string[] } {
  return {
    adapter: (input) => readers.flatMap((reader) => reader.read(input)),
    formats: [...new Set(readers.flatMap((reader) => reader.formats))].sort(),
  };
}
