/**
 * A small least-recently-used map, for what is worth keeping but must not grow with the input:
 * compiled patterns, reused across the many subjects of a run but possibly taken from scanned
 * data; the positions of the files a run placed findings in last.
 *
 * A hit only stamps its entry with a counter: moving the key to the end of a Map (delete, then
 * set) on every hit cost more than the lookup itself, for patterns a comprehension asks for
 * thousands of times. The least recently used entry is looked for only when one must go.
 */
export class BoundedCache<K, V extends object> {
  readonly #entries = new Map<K, { value: V; used: number }>();
  #clock = 0;

  /** @param capacity - How many entries to keep; the least recently used one goes first. */
  constructor(readonly capacity: number) {}

  /** Returns the cached value for `key`, creating it when absent. Errors from `create` are not cached. */
  getOrCreate(key: K, create: (key: K) => V): V {
    const hit = this.#entries.get(key);
    if (hit !== undefined) {
      hit.used = ++this.#clock;
      return hit.value;
    }
    const value = create(key);
    if (this.#entries.size >= this.capacity) this.#evictOldest();
    this.#entries.set(key, { value, used: ++this.#clock });
    return value;
  }

  /** Number of cached entries. */
  get size(): number {
    return this.#entries.size;
  }

  #evictOldest(): void {
    let oldest: K | undefined;
    let stamp = Infinity;
    for (const [key, entry] of this.#entries) {
      if (entry.used < stamp) {
        stamp = entry.used;
        oldest = key;
      }
    }
    if (stamp !== Infinity) this.#entries.delete(oldest as K);
  }
}
