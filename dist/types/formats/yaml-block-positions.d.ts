import type { DocPath, Range } from "../types.js";
/**
 * Source ranges of the plainest YAML, read from its lines: one document of block mappings and
 * sequences, plain keys, and values that are one-line plain or quoted scalars or one-line flow
 * collections (which are not entered) — what most Kubernetes manifests and CI files are. The
 * ranges are the ones js-yaml 5's event stream gives (yaml-event-positions.ts), and a property
 * test holds the two together; reading them from the lines takes a few microseconds, the event
 * stream about 45 µs for a manifest.
 *
 * Anything else — several documents, tabs or CR line breaks, anchors, aliases, tags, block
 * scalars, complex or quoted keys, merge keys, a scalar or flow collection that spans lines, an
 * empty sequence item — makes {@link blockPositions} give up on the whole text, and the caller
 * reads the event stream as before. A path that steps into a flow collection is given up too.
 */
export declare function blockPositions(text: string): BlockPositions | undefined;
type Node = {
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
    entries: Entry[];
} | {
    kind: "sequence";
    start: number;
    items: Node[];
};
interface Entry {
    key: string;
    keyStart: number;
    keyEnd: number;
    /** Undefined for `key:` with no value. */
    value: Node | undefined;
}
/** Ranges of one simple document, as {@link YamlEventPositions.locate} gives them. */
export declare class BlockPositions {
    #private;
    private readonly text;
    private readonly root;
    constructor(text: string, root: Node);
    /** The range of the value at `path`, as far as the path exists; undefined where the path enters a flow collection. */
    locate(path: DocPath): Range | undefined;
    /** A child node, or for `key:` with no value the entry itself (the key is what a reader looks for). */
    private childOf;
    /** Where a node's text ends: a collection where its last entry ends, a key with no value at the key. */
    private endOf;
}
export {};
