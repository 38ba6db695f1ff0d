/**
 * A small least-recently-used map, for what is worth keeping but must not grow with the input:
 * compiled patterns, reused across the many subjects of a run but possibly taken from scanned
 * data; the positions of the files a run placed findings in last.
 *
 * A hit only stamps its entry with a counter: moving the key to the end of a Map (delete, then
 * set) on every hit cost more than the lookup itself, for patterns a comprehension asks for
 * thousands of times. The least recently used entries are looked for only when one must go,
 * and then the least recently used quarter goes at once: looking through every entry on every
 * miss made a full cache of 512 patterns taken from scanned data cost 63 ms over 2,000 Compose
 * projects.
 */
export declare class BoundedCache<K, V extends object> {
    #private;
    readonly capacity: number;
    /** @param capacity - How many entries to keep; the least recently used ones go first. */
    constructor(capacity: number);
    /** Returns the cached value for `key`, creating it when absent. Errors from `create` are not cached. */
    getOrCreate(key: K, create: (key: K) => V): V;
    /** Number of cached entries. */
    get size(): number;
}
