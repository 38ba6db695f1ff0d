import type { DocPath, Document, Range } from "../../types.js";

/** Where a normalized field came from: a value inside a parsed document. */
export interface Origin {
  /** The document holding the source value. */
  document: Document;
  /** Path of the source value in that document. */
  path: DocPath;
  /**
   * Whether the rest of a deeper normalized path can be appended to `path` (true when the
   * normalized field copies the source structure, e.g. a list of rules kept as is).
   */
  follow?: boolean;
}

/** A position a finding can point at. */
export interface Traced {
  /** File of the source value. */
  file: string;
  /** Its range in that file. */
  range: Range;
  /** Its path in that file's document. */
  path: DocPath;
}

/**
 * Keys of the paths recorded, shared: subjects of a kind record the same few paths (`[]`,
 * `["image"]`), and every subject of a kind is alive at once. Bounded, so that a run with many
 * distinct paths keeps the rest as they are.
 */
const sharedKeys = new Map<string, string>();
const SHARED_KEYS = 4096;

const keyOf = (path: DocPath): string => JSON.stringify(path);

/** The key of `path` as stored: the shared copy when there is one. */
function storedKey(path: DocPath): string {
  const key = keyOf(path);
  const shared = sharedKeys.get(key);
  if (shared !== undefined) return shared;
  if (sharedKeys.size < SHARED_KEYS) sharedKeys.set(key, key);
  return key;
}

/**
 * Maps paths of a normalized subject back to the source values they were read from. A
 * normalized subject may gather fields from several files (a cache plugin's settings and the
 * site's nginx, a security group and its separate rules); every field keeps its own origin, and
 * a path with no origin of its own falls back to the nearest ancestor that has one.
 */
export class SourceMap {
  /**
   * Paths (as keys) and their origins, side by side, in lists of their exact length: most
   * subjects record a handful, and every subject of a kind is alive at once. Past
   * {@link INDEXED} entries they are indexed.
   */
  #keys: string[] = [];
  #origins: Origin[] = [];
  #index: Map<string, number> | undefined;

  /** @param root Origin of the subject as a whole (its path is `[]`). */
  constructor(readonly root: Origin) {
    this.add([], root);
  }

  /** Records that the normalized value at `path` was read from `origin`. Returns `this`. */
  add(path: DocPath, origin: Origin): this {
    const key = storedKey(path);
    const at = this.#find(key);
    if (at >= 0) {
      this.#origins[at] = origin;
      return this;
    }
    // Copied rather than pushed to: a pushed list reserves room for 17 entries.
    this.#keys = this.#keys.concat(key);
    this.#origins = this.#origins.concat([origin]);
    if (this.#index !== undefined) this.#index.set(key, this.#keys.length - 1);
    else if (this.#keys.length > INDEXED) this.#index = new Map(this.#keys.map((k, i) => [k, i]));
    return this;
  }

  /** The origin recorded for `path` exactly, if any. */
  get(path: DocPath): Origin | undefined {
    return this.#origins[this.#find(keyOf(path))];
  }

  /** The source position of the normalized value at `path`. */
  trace(path: DocPath): Traced {
    for (let length = path.length; length >= 0; length--) {
      const origin = this.#origins[this.#find(keyOf(path.slice(0, length)))];
      if (!origin) continue;
      const rest = origin.follow ? path.slice(length) : [];
      const sourcePath = [...origin.path, ...rest];
      return { file: origin.document.file, range: origin.document.locate(sourcePath), path: sourcePath };
    }
    const sourcePath = this.root.path;
    return { file: this.root.document.file, range: this.root.document.locate(sourcePath), path: sourcePath };
  }

  #find(key: string): number {
    return this.#index !== undefined ? (this.#index.get(key) ?? -1) : this.#keys.indexOf(key);
  }
}

/** Entries a source map searches in order before it indexes them. */
const INDEXED = 16;
