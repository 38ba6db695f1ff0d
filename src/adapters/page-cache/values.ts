import type { DocPath, Document } from "../../types.js";
import type { Origin } from "../normalized/source-map.js";
import { isUnknown, type UnknownMarker } from "../normalized/unknown.js";
import { isRecord } from "../../plain-data.js";

export { isRecord };

/** Plugins store switches as `true/false`, `1/0`, `"1"/"0"`, `"on"/"off"`, `"yes"/"no"`. */
export function toFlag(value: unknown): boolean | UnknownMarker | undefined {
  if (isUnknown(value)) return value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (["1", "true", "on", "yes"].includes(text)) return true;
    if (["0", "false", "off", "no", ""].includes(text)) return false;
  }
  return undefined;
}

/** A setting as a whole number (`2`, `"2"`), a marker when computed, else undefined. */
export function toInteger(value: unknown): number | UnknownMarker | undefined {
  if (isUnknown(value)) return value;
  const number = typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) ? number : undefined;
}

/** The entries of a list setting (a PHP array is an object keyed by index when written with keys). */
export function listEntries(value: unknown): Array<[string | number, unknown]> {
  if (Array.isArray(value)) return value.map((entry, i) => [i, entry]);
  if (value !== null && typeof value === "object" && !isUnknown(value)) return Object.entries(value);
  return [];
}

/** An origin inside `document`. */
export function at(document: Document, path: DocPath, follow = false): Origin {
  return follow ? { document, path, follow } : { document, path };
}
