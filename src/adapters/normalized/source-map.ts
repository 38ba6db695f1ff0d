import type { DocPath, Document, Range } from "../../types.js";
import { SharedCopies } from "../../shared-copies.js";

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
 * `["image"]`), and every subject of a kind is alive at once.
 */
const sharedKeys = new SharedCopies<string>(4096);

const keyOf = (path: DocPath): string => JSON.stringify(path);

/** The key of `path` as stored: the shared copy when there is one. */
function storedKey(path: DocPath): string {
  const key = keyOf(path);
  return sharedKeys.of(key, key);
}

/**
 * Paths recorded by many subjects, shared: the images of 10,000 Deployments sit at the same
 * `spec.template.spec.containers[0]`, and each subject kept two lists of its own for it. Paths
 * are read-only (`DocPath`); the shared ones are frozen copies.
 */
const sharedPaths = new SharedCopies<DocPath>(4096);

/** `path`, or an equal one recorded before. */
export function sharedPath(path: DocPath): DocPath {
  return sharedPaths.of(keyOf(path), path, (own) => Object.freeze(own.slice()));
}

/**
 * Maps paths of a normalized subject back to the source values they were read from. A
 * normalized subject may gather fields from several files (a cache plugin's settings and the
 * site's nginx, a security group and its separate rules); every field keeps its own origin, and
 * a path with no origin of its own falls back to the nearest ancestor that has one.
 */
export class SourceMap {
  /**
   * Paths (as keys) and their origins, alternating, in one list of its exact length: most
   * subjects record a handful, and every subject of a kind is alive at once. Past
   * {@link INDEXED} entries the keys are indexed.
   */
  #entries: Array<string | Origin> = [];
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
      this.#entries[at + 1] = origin;
      return this;
    }
    // Copied rather than pushed to: a pushed list reserves room for 17 entries.
    this.#entries = this.#entries.concat([key, origin]);
    const count = this.#entries.length / 2;
    if (this.#index !== undefined) this.#index.set(key, this.#entries.length - 2);
    else if (count > INDEXED) this.#index = new Map(Array.from({ length: count }, (_, i) => [this.#entries[2 * i] as string, 2 * i]));
    return this;
  }

  /** The origin recorded for `path` exactly, if any. */
  get(path: DocPath): Origin | undefined {
    return this.#originAt(this.#find(keyOf(path)));
  }

  /** The source position of the normalized value at `path`. */
  trace(path: DocPath): Traced {
    for (let length = path.length; length >= 0; length--) {
      const origin = this.#originAt(this.#find(keyOf(path.slice(0, length))));
      if (!origin) continue;
      const rest = origin.follow ? path.slice(length) : [];
      const sourcePath = [...origin.path, ...rest];
      return { file: origin.document.file, range: origin.document.locate(sourcePath), path: sourcePath };
    }
    const sourcePath = this.root.path;
    return { file: this.root.document.file, range: this.root.document.locate(sourcePath), path: sourcePath };
  }

  /** `trace`, as a function of its own for a subject to hold: bound, it needs no closure and context per subject. */
  tracer(): (path: DocPath) => Traced {
    return this.trace.bind(this);
  }

  #originAt(at: number): Origin | undefined {
    return at < 0 ? undefined : (this.#entries[at + 1] as Origin);
  }

  /** Where `key` sits in the entries (its origin follows it), or -1. */
  #find(key: string): number {
    if (this.#index !== undefined) return this.#index.get(key) ?? -1;
    for (let i = 0; i < this.#entries.length; i += 2) if (this.#entries[i] === key) return i;
    return -1;
  }
}

/** Entries a source map searches in order before it indexes them. */
const INDEXED = 16;
