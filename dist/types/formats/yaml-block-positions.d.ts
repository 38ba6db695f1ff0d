import type { DocPath, Range } from "../types.js";
import { LineIndex } from "./positions.js";
import { type BlockNode } from "./yaml-block-tree.js";
/**
 * Source ranges of the plainest YAML (yaml-block-tree.ts), read from its lines, one per document.
 * The ranges are the ones js-yaml 5's event stream gives (yaml-event-positions.ts), and a property
 * test holds the two together; reading them from the lines takes a few microseconds, the event
 * stream about 45 µs for a manifest. Where the tree gives up, the caller reads the event stream
 * as before; a path that steps into a flow collection is given up too.
 */
export declare function blockPositions(text: string): Array<BlockPositions | undefined> | undefined;
/** A text's line index, made the first time a document of it is placed and shared by all of them. */
declare class LazyLines {
    #private;
    private readonly text;
    constructor(text: string);
    get index(): LineIndex;
}
/** Ranges of one simple document, as {@link YamlEventPositions.locate} gives them. */
export declare class BlockPositions {
    private readonly text;
    private readonly root;
    private readonly lines;
    constructor(text: string, root: BlockNode, lines: LazyLines);
    /** The range of the value at `path`, as far as the path exists; undefined where the path enters a flow collection. */
    locate(path: DocPath): Range | undefined;
    /** A child node, or for `key:` with no value the entry itself (the key is what a reader looks for). */
    private childOf;
    /** Where a node's text ends: a collection where its last entry ends, a key with no value at the key. */
    private endOf;
}
export {};
