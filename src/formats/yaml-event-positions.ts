import type { Event, ScalarEvent } from "js-yaml";
import { vendored } from "../vendor.js";
import type { DocPath, PathSegment, Range } from "../types.js";
import { LineIndex, trimEnd } from "./positions.js";

type JsYaml = typeof import("js-yaml");

/**
 * js-yaml 5's event ids, styles and scalar reader. The library is loaded on first use (src/vendor.ts);
 * a positions object is only ever made of its events, so the constructor binds these first.
 */
let EVENT_ID: JsYaml["EVENT_ID"];
let SCALAR_STYLE: JsYaml["SCALAR_STYLE"];
let COLLECTION_STYLE: JsYaml["COLLECTION_STYLE"];
let getScalarValue: JsYaml["getScalarValue"];

/** How far merge keys are followed into merged mappings: as deep as the parser nests, no deeper. */
const MAX_MERGE_DEPTH = 256;

/**
 * Source ranges of a YAML file, read from js-yaml 5's event stream of the same text: no second
 * parser and no tree. Built once per file, the first time a finding in it needs a position;
 * one pass over the events gives each collection its end and each alias its anchored node,
 * after which a path is followed by skipping whole subtrees.
 */
export class YamlEventPositions {
  private readonly lines: LineIndex;
  /** For a MAPPING or SEQUENCE event, the index of its POP; for others, their own index. */
  private readonly ends: Int32Array;
  /** For an ALIAS event, the index of the node its anchor was last set on (-1 if none). */
  private readonly aliases: Int32Array;

  constructor(
    private readonly text: string,
    private readonly events: readonly Event[],
  ) {
    ({ EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE, getScalarValue } = vendored.jsyaml());
    this.lines = new LineIndex(text);
    this.ends = new Int32Array(events.length);
    this.aliases = new Int32Array(events.length).fill(-1);
    const open: number[] = [];
    const anchors = new Map<string, number>();
    events.forEach((event, i) => {
      this.ends[i] = i;
      if (event.type === EVENT_ID.POP) {
        const start = open.pop();
        if (start !== undefined) this.ends[start] = i;
        return;
      }
      if (event.type === EVENT_ID.DOCUMENT) {
        open.push(i);
        anchors.clear();
        return;
      }
      if (event.type === EVENT_ID.ALIAS) {
        this.aliases[i] = anchors.get(text.slice(event.anchorStart, event.anchorEnd)) ?? -1;
        return;
      }
      if (event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), i);
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) open.push(i);
    });
  }

  /** The range of the value at `path` below the root node at event `root`, as far as the path exists. */
  locate(root: number, path: DocPath): Range {
    let current = this.resolve(root);
    for (const segment of path) {
      const next = this.childOf(current, segment, 0);
      if (next === undefined) break;
      current = next;
    }
    return this.rangeOf(current);
  }

  /** Index just past the subtree of the node at `i`. */
  private after(i: number): number {
    return (this.ends[i] ?? i) + 1;
  }

  /** Aliases stand for their anchored node; positions point at the anchored text. */
  private resolve(i: number): number {
    const target = this.aliases[i] ?? -1;
    return this.events[i]?.type === EVENT_ID.ALIAS && target >= 0 ? target : i;
  }

  /**
   * The node for one path step. For a key whose value is empty (`resources:`), the key itself:
   * there is no value text to point at, and the key is what a reader looks for.
   */
  private childOf(node: number, segment: PathSegment, depth: number): number | undefined {
    const event = this.events[node];
    if (event?.type === EVENT_ID.SEQUENCE) {
      const index = toIndex(segment);
      if (index === undefined) return undefined;
      let i = node + 1;
      for (let n = 0; n < index && i < this.ends[node]!; n++) i = this.after(i);
      return i < this.ends[node]! ? this.resolve(i) : undefined;
    }
    if (event?.type !== EVENT_ID.MAPPING) return undefined;
    const key = String(segment);
    const merges: number[] = [];
    for (let i = node + 1; i < this.ends[node]!; ) {
      const value = this.after(i);
      const keyEvent = this.events[i];
      if (keyEvent?.type === EVENT_ID.SCALAR) {
        if (keyEvent.style === SCALAR_STYLE.PLAIN && this.source(keyEvent) === "<<") merges.push(value);
        else if (this.keyMatches(keyEvent, key)) return this.isEmpty(value) ? i : this.resolve(value);
      }
      i = this.after(value);
    }
    // Direct keys win over merged ones, and earlier merges over later ones: js-yaml's order.
    if (depth >= MAX_MERGE_DEPTH) return undefined;
    for (const merge of merges) {
      for (const source of this.mergeSources(this.resolve(merge))) {
        const found = this.childOf(source, segment, depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /** The mappings a `<<` value merges: itself, or each item of a sequence. */
  private mergeSources(value: number): number[] {
    if (this.events[value]?.type !== EVENT_ID.SEQUENCE) return [value];
    const sources: number[] = [];
    for (let i = value + 1; i < this.ends[value]!; i = this.after(i)) sources.push(this.resolve(i));
    return sources;
  }

  /** js-yaml turns every scalar key into the string of its value; compare the same way. */
  private keyMatches(event: ScalarEvent, key: string): boolean {
    const source = this.source(event);
    if (source === key) return true;
    return event.style === SCALAR_STYLE.PLAIN && plainKeyString(source) === key;
  }

  private source(event: ScalarEvent): string {
    return event.valueStart < 0 ? "" : getScalarValue(this.text, event);
  }

  /** A scalar with no source text: the value of `key:` or of an empty document. */
  private isEmpty(i: number): boolean {
    const event = this.events[i];
    return event?.type === EVENT_ID.SCALAR && event.valueStart < 0;
  }

  private rangeOf(i: number): Range {
    const start = this.startOf(i);
    return this.lines.range(start, trimEnd(this.text, start, this.endOf(i, 0)));
  }

  private startOf(i: number): number {
    const event = this.events[i];
    switch (event?.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return event.start;
      case EVENT_ID.SCALAR:
        if (event.valueStart < 0) return Math.max(event.tagStart, event.anchorStart, 0);
        if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) return event.valueStart - 1;
        if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) return blockIndicator(this.text, event.valueStart);
        return event.valueStart;
      case EVENT_ID.ALIAS:
        return Math.max(event.anchorStart - 1, 0);
      default:
        return 0;
    }
  }

  /**
   * Where a node's text ends. A block collection ends where its last entry ends (not over
   * trailing comments and blank lines); a flow collection at its closing bracket.
   */
  private endOf(i: number, depth: number): number {
    const event = this.events[i];
    if (event === undefined) return 0;
    if (event.type === EVENT_ID.SCALAR) {
      if (event.valueStart < 0) return this.startOf(i);
      const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
      return quoted ? event.valueEnd + 1 : event.valueEnd;
    }
    if (event.type === EVENT_ID.ALIAS) return event.anchorEnd;
    if (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) return 0;
    const end = this.ends[i]!;
    let last = -1;
    let lastKey = -1;
    for (let child = i + 1, n = 0; child < end; child = this.after(child), n++) {
      if (event.type === EVENT_ID.MAPPING && n % 2 === 0) lastKey = child;
      last = child;
    }
    let lastEnd = event.start + 1;
    if (last >= 0 && depth < MAX_MERGE_DEPTH) {
      // A mapping's last value with no text (`key:`) ends at its key.
      const point = event.type === EVENT_ID.MAPPING && this.isEmpty(last) && lastKey >= 0 ? lastKey : last;
      lastEnd = this.endOf(point, depth + 1);
    }
    if (event.style === COLLECTION_STYLE.FLOW) return closingBracket(this.text, lastEnd);
    return last < 0 ? event.start : lastEnd;
  }
}

/** The offset of the `|` or `>` that opens a block scalar whose content starts at `valueStart`. */
function blockIndicator(text: string, valueStart: number): number {
  for (let i = valueStart - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "|" || c === ">") return i;
  }
  return valueStart;
}

/** Just past the `]` or `}` that closes a flow collection whose last entry ends at `from`. */
function closingBracket(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "]" || c === "}") return i + 1;
    if (c === "#") {
      const eol = text.indexOf("\n", i);
      if (eol < 0) break;
      i = eol;
    }
  }
  return from;
}

/**
 * The string js-yaml makes of a plain key under the core schema: `~` is "null", `True` is
 * "true", `0x1A` is "26", `1.50` is "1.5". Anything else is its own text.
 */
export function plainKeyString(source: string): string {
  // Most keys start with a letter no type of the schema starts with: they are their own text.
  if (!TYPED_KEY_START.has(source.charCodeAt(0))) return source;
  if (/^(?:null|Null|NULL|~)$/.test(source)) return "null";
  if (/^(?:true|True|TRUE)$/.test(source)) return "true";
  if (/^(?:false|False|FALSE)$/.test(source)) return "false";
  if (/^[-+]?[0-9]+$/.test(source)) return String(Number.parseInt(source, 10));
  if (/^0o[0-7]+$/.test(source)) return String(Number.parseInt(source.slice(2), 8));
  if (/^0x[0-9a-fA-F]+$/.test(source)) return String(Number.parseInt(source.slice(2), 16));
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(source)) return String(Number.parseFloat(source));
  return source;
}

/** First characters of the keys {@link plainKeyString} may change: `~`, null, booleans, numbers. */
const TYPED_KEY_START = new Set("~nNtTfF-+.0123456789".split("").map((c) => c.charCodeAt(0)));

function toIndex(segment: PathSegment): number | undefined {
  if (typeof segment === "number") return Number.isInteger(segment) && segment >= 0 ? segment : undefined;
  return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : undefined;
}
