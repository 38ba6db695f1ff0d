/**
 * The block structure of the plainest YAML, read from its lines: documents of block mappings and
 * sequences, plain keys, and values that are one-line plain or quoted scalars, one-line flow
 * collections (which are not entered) or literal and folded block scalars (`|`, `>-`) — what most
 * Kubernetes manifests, CI files and ConfigMaps are. Source positions (yaml-block-positions.ts)
 * and values (yaml-block-values.ts) are read from it.
 *
 * Anything else — tabs or CR line breaks, anchors, aliases, tags, complex or quoted keys, merge
 * keys, a scalar or flow collection that spans lines (other than a block scalar), a block scalar
 * with an indentation indicator or no content, an empty sequence item, an empty document, a
 * document end marker (`...`) or a directive (`%`) — makes {@link blockTrees} give up on the
 * whole text, and the caller reads it with a YAML library.
 */
export declare function blockTrees(text: string): BlockNode[] | undefined;
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
    key: string;
    keyStart: number;
    keyEnd: number;
    /** Undefined for `key:` with no value. */
    value: BlockNode | undefined;
}
