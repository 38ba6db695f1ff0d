/** Whether a parsed value is a plain object (a JSON/YAML mapping): not null, not an array. */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/**
 * The value of an own property, never one inherited from `Object.prototype`: keys read from
 * scanned data (`__proto__`, `constructor`, `toString`) are ordinary names, not a way into the
 * prototype chain.
 */
export declare function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined;
/**
 * Takes a snapshot of `Object.prototype` before a run; the returned function tells whether it
 * is unchanged (same properties, same values). If scanned data ever reached the prototype
 * despite the own-property discipline above, the run stops as an internal error (exit 2)
 * rather than report a verdict that data may have changed.
 */
export declare function prototypeGuard(): () => boolean;
/**
 * A parsed value as text for names, messages and comparisons: strings as they are, anything
 * else as JSON; never throws. `String(x)` would call a `toString` or `valueOf` that scanned data
 * may define as a key (`{ toString: 0 }` makes `String()` throw).
 */
export declare function plainText(value: unknown): string;
