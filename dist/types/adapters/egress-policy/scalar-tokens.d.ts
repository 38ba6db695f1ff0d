import type { DocPath, Document, Range } from "../../types.js";
/** A whitespace- or comma-separated word of a YAML string value, with its source range when it can be known. */
export interface ScalarToken {
    text: string;
    range?: Range;
}
/**
 * Splits the string at `path` of a YAML document into words and places each word in the source.
 * Documents keep one range per value, not per word, so the words are placed from that range: a
 * plain or quoted scalar on one line (when its width shows that no escapes changed it), a
 * literal block (`|`, one source line per value line), or a folded block (`>`) that has one word
 * per line. Anything else keeps no range, and callers fall back to the value's own position.
 */
export declare function scalarTokens(document: Document, path: DocPath, value: string): ScalarToken[];
