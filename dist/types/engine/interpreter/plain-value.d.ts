/** A CEL result (list, map, int, timestamp) as a plain JSON-able value, for a message. */
export declare function plainValue(value: unknown, budget?: {
    left: number;
}): unknown;
