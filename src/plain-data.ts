/** Whether a parsed value is a plain object (a JSON/YAML mapping): not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The value of an own property, never one inherited from `Object.prototype`: keys read from
 * scanned data (`__proto__`, `constructor`, `toString`) are ordinary names, not a way into the
 * prototype chain.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Takes a snapshot of `Object.prototype` before a run; the returned function tells whether it
 * is unchanged (same properties, same values). If scanned data ever reached the prototype
 * despite the own-property discipline above, the run stops as an internal error (exit 2)
 * rather than report a verdict that data may have changed.
 */
export function prototypeGuard(): () => boolean {
  const before = Object.getOwnPropertyDescriptors(Object.prototype);
  return () => {
    const after = Object.getOwnPropertyDescriptors(Object.prototype);
    const names = Object.keys(after);
    if (names.length !== Object.keys(before).length) return false;
    return names.every((name) => {
      const was = before[name];
      const is = after[name];
      return was !== undefined && is !== undefined && was.value === is.value && was.get === is.get && was.set === is.set;
    });
  };
}

/**
 * A parsed value as text for names, messages and comparisons: strings as they are, anything
 * else as JSON; never throws. `String(x)` would call a `toString` or `valueOf` that scanned data
 * may define as a key (`{ toString: 0 }` makes `String()` throw).
 */
export function plainText(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? "undefined";
  } catch {
    return "(unreadable value)";
  }
}
