/**
 * The block structure of the plainest YAML, read from its lines: one document of block mappings
 * and sequences, plain keys, and values that are one-line plain or quoted scalars or one-line flow
 * collections (which are not entered) — what most Kubernetes manifests and CI files are. Source
 * positions (yaml-block-positions.ts) and values (yaml-block-values.ts) are read from it.
 *
 * Anything else — several documents, tabs or CR line breaks, anchors, aliases, tags, block
 * scalars, complex or quoted keys, merge keys, a scalar or flow collection that spans lines, an
 * empty sequence item — makes {@link blockTree} give up on the whole text, and the caller reads
 * it with a YAML library.
 */
export declare function blockTree(text: string): BlockNode | undefined;
export type BlockNode = {
    kind: "scalar";
    start: number;
    end: number;
} | {
    kind: "flow";
    start: number;
    end: number;
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
