import type { DocPath, PathSegment, Range } from "../types.js";
import { LineIndex, trimEnd } from "./positions.js";
import { blockTrees, type BlockEntry, type BlockNode } from "./yaml-block-tree.js";
import { plainKeyString } from "./yaml-event-positions.js";

/**
 * Source ranges of the plainest YAML (yaml-block-tree.ts), read from its lines, one per document.
 * The ranges are the ones js-yaml 5's event stream gives (yaml-event-positions.ts), and a property
 * test holds the two together; reading them from the lines takes a few microseconds, the event
 * stream about 45 µs for a manifest. Where the tree gives up, the caller reads the event stream
 * as before; a path that steps into a flow collection is given up too.
 */
export function blockPositions(text: string): Array<BlockPositions | undefined> | undefined {
  const roots = blockTrees(text);
  if (roots === undefined) return undefined;
  const lines = new LazyLines(text);
  // An empty document has no node to place (the parser drops it).
  return roots.map((root) => (root === undefined ? undefined : new BlockPositions(text, root, lines)));
}

/** A text's line index, made the first time a document of it is placed and shared by all of them. */
class LazyLines {
  #index: LineIndex | undefined;

  constructor(private readonly text: string) {}

  get index(): LineIndex {
    this.#index ??= new LineIndex(this.text);
    return this.#index;
  }
}

/** Ranges of one simple document, as {@link YamlEventPositions.locate} gives them. */
export class BlockPositions {
  constructor(
    private readonly text: string,
    private readonly root: BlockNode,
    private readonly lines: LazyLines,
  ) {}

  /** The range of the value at `path`, as far as the path exists; undefined where the path enters a flow collection. */
  locate(path: DocPath): Range | undefined {
    let current: BlockNode | BlockEntry = this.root;
    for (const segment of path) {
      if ("key" in current) break;
      if (current.kind === "flow") return undefined;
      const next = this.childOf(current, segment);
      if (next === undefined) break;
      current = next;
    }
    const start = "key" in current ? current.keyStart : current.start;
    const end = "key" in current ? current.keyEnd : this.endOf(current);
    return this.lines.index.range(start, trimEnd(this.text, start, end));
  }

  /** A child node, or for `key:` with no value the entry itself (the key is what a reader looks for). */
  private childOf(node: BlockNode, segment: PathSegment): BlockNode | BlockEntry | undefined {
    if (node.kind === "sequence") {
      const index = toIndex(segment);
      return index === undefined ? undefined : node.items[index];
    }
    if (node.kind !== "mapping") return undefined;
    const key = String(segment);
    // A plain key is found as the string its value's key is; a quoted one only as itself.
    const entry = node.entries.find((e) => e.key === key || (!e.quoted && plainKeyString(e.key) === key));
    if (entry === undefined) return undefined;
    return entry.value ?? entry;
  }

  /** Where a node's text ends: a collection where its last entry ends, a key with no value at the key. */
  private endOf(node: BlockNode): number {
    if (node.kind === "scalar" || node.kind === "flow" || node.kind === "block" || node.kind === "quoted" || node.kind === "lines") return node.end;
    if (node.kind === "sequence") {
      const last = node.items[node.items.length - 1];
      return last === undefined ? node.start : this.endOf(last);
    }
    const last = node.entries[node.entries.length - 1];
    if (last === undefined) return node.start;
    return last.value === undefined ? last.keyEnd : this.endOf(last.value);
  }
}

function toIndex(segment: PathSegment): number | undefined {
  if (typeof segment === "number") return Number.isInteger(segment) && segment >= 0 ? segment : undefined;
  return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : undefined;
}
