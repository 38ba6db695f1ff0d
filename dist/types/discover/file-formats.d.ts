import type { Format } from "../types.js";
/** The formats norecur reads, by id. Literal and sorted: no self-registration. */
export declare const formats: Readonly<Record<string, Format>>;
/**
 * The order in which formats are tried for a file: the most specific first, content-sniffed
 * next, generic syntaxes last. The first format whose paths (and sniff) match wins.
 */
export declare const detectionOrder: readonly string[];
