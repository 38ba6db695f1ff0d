/**
 * A file's values as the parse worker sends them: JSON text when JSON carries them exactly (see
 * {@link jsonExact}), else the values themselves for the structured clone.
 *
 * Why JSON: the main thread pays for whatever it receives. On 10,000 manifests, reading the
 * values from JSON took it 32 ms, and from the structured clone's serialization 70 ms; parsing
 * the YAML itself takes about 180 ms.
 */
export type SentValues = string | unknown[];
/** What the worker sends for values the fast path read. */
export declare function sendValues(values: unknown[]): SentValues;
/** The values the worker read, as the main thread receives them. */
export declare function receivedValues(sent: SentValues): unknown[];
