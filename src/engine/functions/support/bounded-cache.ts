/**
 * A small least-recently-used map. Compiled patterns are reused across the many subjects of a
 * run, but patterns can come from scanned data, so the cache must not grow without bound.
 */
export class BoundedCache<K, V extends object> {
  readonly #entries = new Map<K, V>();

  /** @param capacity - How many entries to keep; the least recently used one goes first. */
  constructor(readonly capacity: number) {}

  /** Returns the cached value for `key`, creating it when absent. Errors from `create` are not cached. */
  getOrCreate(key: K, create: (key: K) => V): V {
    const hit = this.#entries.get(key);
    if (hit !== undefined) {
      // Re-insertion moves the key to the end of the Map's iteration order: most recent last.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const value = create(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    return value;
  }

  /** Number of cached entries. */
  get size(): number {
    return this.#entries.size;
  }
}
