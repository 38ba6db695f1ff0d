import type { Event } from "js-yaml";
import type { DocPath, Range } from "../types.js";
/**
 * Source ranges of a YAML file, read from js-yaml 5's event stream of the same text: no second
 * parser and no tree. Built once per file, the first time a finding in it needs a position;
 * one pass over the events gives each collection its end and each alias its anchored node,
 * after which a path is followed by skipping whole subtrees.
 */
export declare class YamlEventPositions {
    private readonly text;
    private readonly events;
    private readonly lines;
    /** For a MAPPING or SEQUENCE event, the index of its POP; for others, their own index. */
    private readonly ends;
    /** For an ALIAS event, the index of the node its anchor was last set on (-1 if none). */
    private readonly aliases;
    constructor(text: string, events: readonly Event[]);
    /** The range of the value at `path` below the root node at event `root`, as far as the path exists. */
    locate(root: number, path: DocPath): Range;
    /** Index just past the subtree of the node at `i`. */
    private after;
    /** Aliases stand for their anchored node; positions point at the anchored text. */
    private resolve;
    /**
     * The node for one path step. For a key whose value is empty (`resources:`), the key itself:
     * there is no value text to point at, and the key is what a reader looks for.
     */
    private childOf;
    /** The mappings a `<<` value merges: itself, or each item of a sequence. */
    private mergeSources;
    /** js-yaml turns every scalar key into the string of its value; compare the same way. */
    private keyMatches;
    private source;
    /** A scalar with no source text: the value of `key:` or of an empty document. */
    private isEmpty;
    private rangeOf;
    private startOf;
    /**
     * Where a node's text ends. A block collection ends where its last entry ends (not over
     * trailing comments and blank lines); a flow collection at its closing bracket.
     */
    private endOf;
}
/**
 * The string js-yaml makes of a plain key under the core schema: `~` is "null", `True` is
 * "true", `0x1A` is "26", `1.50` is "1.5". Anything else is its own text.
 */
export declare function plainKeyString(source: string): string;
