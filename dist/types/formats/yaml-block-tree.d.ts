/**
 * The block structure of the plainest YAML, read from its lines: documents of block mappings and
 * sequences, plain or quoted keys, and values that are plain or quoted scalars (on one line or
 * several), one-line flow collections (which are not entered) or literal and folded block
 * scalars (`|`, `>-`) — what most Kubernetes manifests, CRDs, CI files and ConfigMaps are. Source
 * positions (yaml-block-positions.ts) and values (yaml-block-values.ts) are read from it.
 *
 * Anything else — tabs or CR line breaks, anchors, aliases, tags, complex keys, quoted keys with
 * an escape, merge keys, a flow collection over several lines, a double-quoted scalar with an
 * escaped line break, a plain scalar whose lines hold a comment or a `: `, a block scalar with no
 * content, an empty sequence item, a document end marker (`...`) where no document is open, a
 * block scalar's indicator alone below its key, or a directive (`%`) — makes
 * {@link blockTrees} give up on the whole text, and the caller reads it with a YAML library.
 */
export declare function blockTrees(text: string): Array<BlockNode | undefined> | undefined;
export type BlockNode = {
    kind: "scalar";
    start: number;
    end: number;
} | {
    kind: "flow";
    start: number;
    end: number;
}
/** A literal or folded block scalar: from its `|` or `>` to where the line ending it starts, and its value. */
 | {
    kind: "block";
    start: number;
    end: number;
    value: string;
}
/** A quoted scalar over several lines: from its opening quote to just past its closing one, and its value. */
 | {
    kind: "quoted";
    start: number;
    end: number;
    value: string;
}
/** A plain scalar over several lines, and its lines folded into one text. */
 | {
    kind: "lines";
    start: number;
    end: number;
    value: string;
} | {
    kind: "mapping";
    start: number;
    entries: BlockEntry[];
} | {
    kind: "sequence";
    start: number;
    items: BlockNode[];
};
export interface BlockEntry {
    /** As written for a plain key (typed by the reader of values), the string itself for a quoted one. */
    key: string;
    /** A quoted key: a string as it is, never typed. */
    quoted: boolean;
    keyStart: number;
    keyEnd: number;
    /** Undefined for `key:` with no value. */
    value: BlockNode | undefined;
}
/** {@link PLAIN_START} of the code unit at `at` of `text`, without a regular expression per key and scalar. */
export declare function plainStartAt(text: string, at: number): boolean;
