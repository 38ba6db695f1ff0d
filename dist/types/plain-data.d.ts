/** Whether a parsed value is a plain object (a JSON/YAML mapping): not null, not an array. */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/**
 * The value of an own property, never one inherited from `Object.prototype`: keys read from
 * scanned data (`__proto__`, `constructor`, `toString`) are ordinary names, not a way into the
 * prototype chain.
 */
export declare function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined;
