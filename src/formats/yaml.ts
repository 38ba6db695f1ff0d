import { CORE_SCHEMA, EVENT_ID, YAMLException, constructFromEvents, mergeTag, parseEvents, type Event } from "js-yaml";
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document as YamlDocument,
  type Node as YamlNode,
} from "yaml";
import type { DocPath, Document, ParseError, ParseResult, Parser, PathSegment, Range } from "../types.js";
import { LineIndex, errorText, startRange, stripBom, trimEnd } from "./positions.js";
import { indentQuotedContinuation } from "./yaml-lenient.js";

/**
 * YAML 1.2 core schema plus `<<` merge keys. The core schema has no timestamp type, so dates
 * stay strings, as policies expect; merge keys are what docker-compose and CI files rely on.
 */
const SCHEMA = CORE_SCHEMA.withTags(mergeTag);

/** Deep enough for any real manifest, bounded so that hostile input cannot exhaust the stack. */
const MAX_DEPTH = 256;

/**
 * YAML files, possibly holding several documents. Values come from js-yaml, which is fast;
 * source positions come from a second, lazy parse with `yaml`, done only the first time
 * `locate` is called on one of the file's documents.
 *
 * Documents without content (a trailing `---`, a comment-only section) are dropped; the
 * remaining documents keep their position in the stream as `index`.
 */
export const yamlParser: Parser = {
  id: "yaml",
  parse: parseYaml,
};

/** Where js-yaml saw one document's root node start, and whether the document had content. */
interface DocumentRoot {
  offset: number;
  empty: boolean;
}

/** Continuation lines re-indented at most this many times per file (see yaml-lenient.ts). */
const MAX_REPAIRS = 100;

function parseYaml(raw: string, file: string): ParseResult {
  const original = stripBom(raw);
  let text = original;
  for (let repairs = 0; ; repairs++) {
    try {
      const events = parseEvents(text, { maxDepth: MAX_DEPTH });
      const values = constructFromEvents(events, { source: text, schema: SCHEMA });
      return { ok: true, documents: toDocuments(file, text, values, documentRoots(events)) };
    } catch (error) {
      // What kubectl and PyYAML read, we read: a quoted scalar's under-indented continuation.
      const line = repairs < MAX_REPAIRS ? deficientIndentationLine(error) : undefined;
      const repaired = line === undefined ? undefined : indentQuotedContinuation(text, line);
      if (repaired === undefined) return { ok: false, errors: [toParseError(repairs === 0 ? error : firstError(original, error), original)] };
      text = repaired;
    }
  }
}

/** The 0-based line of a "deficient indentation" error, the one leniency we repair. */
function deficientIndentationLine(error: unknown): number | undefined {
  if (!(error instanceof YAMLException) || !/deficient indentation/.test(error.reason ?? "")) return undefined;
  return error.mark?.line;
}

/** The error the original text gives, for the message: a repair that did not help changes nothing reported. */
function firstError(original: string, fallback: unknown): unknown {
  try {
    constructFromEvents(parseEvents(original, { maxDepth: MAX_DEPTH }), { source: original, schema: SCHEMA });
    return fallback;
  } catch (error) {
    return error;
  }
}

/** The documents with content, all sharing one lazily built position index. */
function toDocuments(file: string, text: string, values: readonly unknown[], roots: readonly DocumentRoot[]): Document[] {
  let positions: YamlPositions | undefined;
  const locateIn = (root: DocumentRoot, path: DocPath): Range => {
    positions ??= new YamlPositions(text);
    return positions.locate(root.offset, path);
  };
  const documents: Document[] = [];
  values.forEach((value, index) => {
    const root = roots[index];
    // Without a root event the value cannot be placed; js-yaml emits one per document, so
    // this only guards against a future change in its event stream.
    if (root === undefined || root.empty) return;
    documents.push({ file, index, value, locate: (path) => locateIn(root, path) });
  });
  return documents;
}

/**
 * One entry per document of the event stream, in order. The event right after a DOCUMENT
 * event is always that document's root node; an empty document is an untagged, unanchored
 * scalar with no source text at all (an explicit `''` or `null` has source text).
 */
function documentRoots(events: readonly Event[]): DocumentRoot[] {
  const roots: DocumentRoot[] = [];
  events.forEach((event, i) => {
    if (event.type !== EVENT_ID.DOCUMENT) return;
    const root = events[i + 1];
    switch (root?.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        roots.push({ offset: root.start, empty: false });
        break;
      case EVENT_ID.SCALAR: {
        const empty = root.valueStart < 0 && root.tagStart < 0 && root.anchorStart < 0;
        roots.push({ offset: Math.max(root.valueStart, root.tagStart, root.anchorStart, 0), empty });
        break;
      }
      case EVENT_ID.ALIAS:
        roots.push({ offset: root.anchorStart, empty: false });
        break;
      default:
        roots.push({ offset: 0, empty: true });
    }
  });
  return roots;
}

function toParseError(error: unknown, text: string): ParseError {
  if (!(error instanceof YAMLException)) return { message: errorText(error), range: startRange() };
  const message = error.reason !== "" ? error.reason : errorText(error);
  const mark = error.mark;
  if (mark === undefined) return { message, range: startRange() };
  const lines = new LineIndex(text);
  // The offset, read through our own line index, gives the same answer as mark.line/column
  // for LF files and keeps CRLF and lone-CR files consistent with every other position.
  if (mark.position >= 0 && mark.position <= text.length) return { message, range: lines.pointRange(mark.position) };
  const line = mark.line + 1;
  const column = mark.column + 1;
  return { message, range: { line, column, endLine: line, endColumn: column } };
}

/** The `yaml` package's view of a whole file, built once per file, on first use. */
class YamlPositions {
  private readonly lines: LineIndex;
  private readonly documents: YamlDocument[];

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
    this.documents = reparse(text);
  }

  /** The range of the value at `path` in the document whose root js-yaml saw at `rootOffset`. */
  locate(rootOffset: number, path: DocPath): Range {
    try {
      const document = this.documentAt(rootOffset);
      const root = document?.contents;
      if (document === undefined || !isContentNode(root)) return this.lines.pointRange(rootOffset);
      return this.rangeOf(walk(document, root, path));
    } catch {
      return this.lines.pointRange(rootOffset);
    }
  }

  /**
   * The two parsers disagree on which empty documents exist (`yaml` keeps one for a section
   * of comments after `...`; js-yaml does not), so documents are matched by source offset,
   * not by ordinal: js-yaml's root offset lies inside the `yaml` root node's span.
   */
  private documentAt(offset: number): YamlDocument | undefined {
    // Binary search over the roots, which follow one another in the text: a file of 20,000
    // documents with a finding in each must not scan them all per finding.
    this.spans ??= this.documents.flatMap((document) => {
      const root = document.contents;
      if (!isContentNode(root) || isEmptyNode(root) || root.range == null) return [];
      return [{ start: root.range[0], end: root.range[2], document }];
    });
    let low = 0;
    let high = this.spans.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = this.spans[middle];
      if (span === undefined) break;
      if (offset < span.start) high = middle - 1;
      else if (offset > span.end) low = middle + 1;
      else return span.document;
    }
    return undefined;
  }

  private spans: Array<{ start: number; end: number; document: YamlDocument }> | undefined;

  private rangeOf(node: YamlNode): Range {
    const start = node.range?.[0] ?? 0;
    return this.lines.range(start, trimEnd(this.text, start, endOf(node)));
  }
}

/**
 * Parses with `yaml` for positions only. Its errors are ignored: js-yaml already accepted the
 * file, and a partial tree still holds positions.
 *
 * `yaml` does not break lines at a lone CR (old Mac files), which YAML and js-yaml do; turning
 * each into LF changes no offset, so the tree still fits the original text.
 */
function reparse(text: string): YamlDocument[] {
  try {
    const parsed = parseAllDocuments(text.replace(/\r(?!\n)/g, "\n"), {
      version: "1.2",
      prettyErrors: false,
      uniqueKeys: false,
      logLevel: "silent",
    });
    return Array.from(parsed);
  } catch {
    // No tree: every locate falls back to the document's first character.
    return [];
  }
}

/** Follows `path` from `root` as far as it exists, through aliases and merge keys. */
function walk(document: YamlDocument, root: YamlNode, path: DocPath): YamlNode {
  let current = resolve(document, root);
  for (const segment of path) {
    const next = childOf(document, current, segment, 0);
    if (next === undefined) break;
    current = next;
  }
  return current;
}

/**
 * The node for one path step. For a key whose value is empty (`resources:`), the key itself:
 * there is no value text to point at, and the key is what a reader looks for.
 */
function childOf(document: YamlDocument, node: YamlNode, segment: PathSegment, depth: number): YamlNode | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (isSeq(node)) {
    const index = toIndex(segment);
    const item = index === undefined ? undefined : node.items[index];
    return isContentNode(item) ? resolve(document, item) : undefined;
  }
  if (!isMap(node)) return undefined;
  const key = String(segment);
  for (const pair of node.items) {
    if (!isPair(pair) || !keyMatches(document, pair.key, key)) continue;
    if (isContentNode(pair.value) && !isEmptyNode(pair.value)) return resolve(document, pair.value);
    return isContentNode(pair.key) ? pair.key : undefined;
  }
  // Direct keys win over merged ones, and earlier merges over later ones: js-yaml's order.
  for (const source of mergeSources(document, node)) {
    const found = childOf(document, source, segment, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The mappings a `<<` key (plain, not quoted) merges into `map`, in precedence order. */
function mergeSources(document: YamlDocument, map: YamlNode): YamlNode[] {
  if (!isMap(map)) return [];
  const sources: YamlNode[] = [];
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key) || pair.key.type !== "PLAIN" || pair.key.source !== "<<") continue;
    if (!isContentNode(pair.value)) continue;
    const value = resolve(document, pair.value);
    if (isSeq(value)) {
      for (const item of value.items) if (isContentNode(item)) sources.push(resolve(document, item));
    } else {
      sources.push(value);
    }
  }
  return sources;
}

/** js-yaml turns every scalar key into the string of its value; compare the same way. */
function keyMatches(document: YamlDocument, rawKey: unknown, key: string): boolean {
  if (!isContentNode(rawKey)) return false;
  const node = resolve(document, rawKey);
  if (!isScalar(node)) return false;
  return String(node.value) === key || node.source === key;
}

function toIndex(segment: PathSegment): number | undefined {
  if (typeof segment === "number") return Number.isInteger(segment) && segment >= 0 ? segment : undefined;
  return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : undefined;
}

/** Aliases stand for their anchored node; positions point at the anchored text. */
function resolve(document: YamlDocument, node: YamlNode): YamlNode {
  if (!isAlias(node)) return node;
  return node.resolve(document) ?? node;
}

/**
 * Where a node's text ends. A block collection's own span runs over trailing comments and
 * blank lines, so it ends where its last entry ends instead.
 */
function endOf(node: YamlNode): number {
  const fallback = node.range?.[1] ?? node.range?.[0] ?? 0;
  if (!(isMap(node) || isSeq(node)) || node.flow === true) return fallback;
  const last: unknown = node.items[node.items.length - 1];
  if (isPair(last)) {
    if (isContentNode(last.value) && !isEmptyNode(last.value)) return endOf(last.value);
    return isContentNode(last.key) ? endOf(last.key) : fallback;
  }
  return isContentNode(last) ? endOf(last) : fallback;
}

function isContentNode(value: unknown): value is YamlNode {
  return isAlias(value) || isScalar(value) || isMap(value) || isSeq(value);
}

/** A scalar with no source text: the value of `key:` or of an empty document. */
function isEmptyNode(node: YamlNode): boolean {
  const range = node.range;
  return isScalar(node) && range != null && range[0] === range[1];
}
