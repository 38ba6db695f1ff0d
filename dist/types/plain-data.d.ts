/** Whether a parsed value is a plain object (a JSON/YAML mapping): not null, not an array. */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
