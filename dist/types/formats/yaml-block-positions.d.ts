import type { DocPath, Range } from "../types.js";
import { type BlockNode } from "./yaml-block-tree.js";
/**
 * Source ranges of the plainest YAML (yaml-block-tree.ts), read from its lines. The ranges are
 * the ones js-yaml 5's event stream gives (yaml-event-positions.ts), and a property test holds
 * the two together; reading them from the lines takes a few microseconds, the event stream
 * about 45 µs for a manifest. Where the tree gives up, the caller reads the event stream as
 * before; a path that steps into a flow collection is given up too.
 */
export declare function blockPositions(text: string): BlockPositions | undefined;
/** Ranges of one simple document, as {@link YamlEventPositions.locate} gives them. */
export declare class BlockPositions {
    #private;
    private readonly text;
    private readonly root;
    constructor(text: string, root: BlockNode);
    /** The range of the value at `path`, as far as the path exists; undefined where the path enters a flow collection. */
    locate(path: DocPath): Range | undefined;
    /** A child node, or for `key:` with no value the entry itself (the key is what a reader looks for). */
    private childOf;
    /** Where a node's text ends: a collection where its last entry ends, a key with no value at the key. */
    private endOf;
}
