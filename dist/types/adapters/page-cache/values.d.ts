import type { DocPath, Document } from "../../types.js";
import type { Origin } from "../normalized/source-map.js";
import { type UnknownMarker } from "../normalized/unknown.js";
import { isRecord } from "../../plain-data.js";
export { isRecord };
/** Plugins store switches as `true/false`, `1/0`, `"1"/"0"`, `"on"/"off"`, `"yes"/"no"`. */
export declare function toFlag(value: unknown): boolean | UnknownMarker | undefined;
/** A setting as a whole number (`2`, `"2"`), a marker when computed, else undefined. */
export declare function toInteger(value: unknown): number | UnknownMarker | undefined;
/** The entries of a list setting (a PHP array is an object keyed by index when written with keys). */
export declare function listEntries(value: unknown): Array<[string | number, unknown]>;
/** An origin inside `document`. */
export declare function at(document: Document, path: DocPath, follow?: boolean): Origin;
