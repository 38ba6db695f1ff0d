/**
 * One copy of values that many records of a run hold equal copies of (a path key, a path, a
 * short YAML value), by a string key. Bounded: the first `capacity` keys are kept, and past them
 * a value is left as it is, so that a run of unique values does not grow the table.
 */
export declare class SharedCopies<V> {
    #private;
    readonly capacity: number;
    constructor(capacity: number);
    /**
     * The copy kept for `key`, else the one `make` gives, kept while there is room. Without room,
     * `fallback` is given as it is and `make` is not called.
     */
    of(key: string, fallback: V, make?: (fallback: V) => V): V;
}
