import type { Event, Schema } from "js-yaml";
import type { DocPath, Document, ParseError, ParseOptions, ParseResult, Parser, Range } from "../types.js";
import { withinBound } from "./bounded-parse.js";
import { LineIndex, errorText, startRange, stripBom } from "./positions.js";
import { YamlEventPositions } from "./yaml-event-positions.js";
import { blockPositions, type BlockPositions } from "./yaml-block-positions.js";
import { indentFlowContinuation, indentQuotedContinuation } from "./yaml-lenient.js";
import { fastDocumentValues, measuredShallow, nullsAreEmptyDocuments } from "./yaml-values.js";
import { vendored } from "../vendor.js";

/**
 * YAML 1.2 core schema plus `<<` merge keys. The core schema has no timestamp type, so dates
 * stay strings, as policies expect; merge keys are what docker-compose and CI files rely on.
 * Made with js-yaml 5, which is loaded the first time a file needs it (src/vendor.ts).
 */
let schema: Schema | undefined;
function coreWithMerge(): Schema {
  if (schema === undefined) {
    const { CORE_SCHEMA, mergeTag } = vendored.jsyaml();
    schema = CORE_SCHEMA.withTags(mergeTag);
  }
  return schema;
}

/** Deep enough for any real manifest, bounded so that hostile input cannot exhaust the stack. */
const MAX_DEPTH = 256;

/**
 * YAML files, possibly holding several documents. Values come from js-yaml 4 where it reads
 * the file (yaml-values.ts), else from js-yaml 5; source positions come from js-yaml 5's event
 * stream, read only the first time `locate` is called on one of the file's documents.
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
  /** Index of the root node's event. */
  event: number;
  empty: boolean;
}

/** Continuation lines re-indented at most this many times per file (see yaml-lenient.ts). */
const MAX_REPAIRS = 100;

function parseYaml(raw: string, file: string, options?: ParseOptions): ParseResult {
  const fast = fastDocumentValues(raw, options?.transient !== true);
  return fast !== undefined ? yamlFromValues(raw, file, fast, measuredShallow(fast)) : parseSlowly(stripBom(raw), file);
}

/**
 * The documents of a file whose values {@link fastDocumentValues} gave (here or in a parse
 * worker); the event stream waits for a position to be asked for.
 */
export function yamlFromValues(raw: string, file: string, values: readonly unknown[], measured = false): ParseResult {
  const result: ParseResult = { ok: true, documents: toDocuments(file, values, new FilePositions(stripBom(raw), values.length)) };
  return measured ? withinBound(result) : result;
}

/** js-yaml 5, with its errors, depth bound and kubectl's leniency: files the fast path does not read. */
function parseSlowly(original: string, file: string): ParseResult {
  const read = readEvents(original);
  if (!read.ok) return { ok: false, errors: [read.error] };
  try {
    const values = vendored.jsyaml().constructFromEvents(read.events, { source: read.text, schema: coreWithMerge() });
    return { ok: true, documents: toDocuments(file, values, new FilePositions(read.text, values.length, positionSource(read.text, read.events))) };
  } catch (error) {
    return { ok: false, errors: [toParseError(read.repaired ? firstError(original, error) : error, original)] };
  }
}

/** js-yaml 5's event stream of a text, repaired where kubectl would read it, or the error to report. */
type ReadEvents = { ok: true; text: string; events: Event[]; repaired: boolean } | { ok: false; error: ParseError };

function readEvents(original: string): ReadEvents {
  let text = original;
  for (let repairs = 0; ; repairs++) {
    try {
      return { ok: true, text, events: vendored.jsyaml().parseEvents(text, { maxDepth: MAX_DEPTH }), repaired: repairs > 0 };
    } catch (error) {
      // What kubectl and PyYAML read, we read: a quoted scalar's under-indented continuation.
      const line = repairs < MAX_REPAIRS ? deficientIndentationLine(error) : undefined;
      const repaired = line === undefined ? undefined : (indentQuotedContinuation(text, line) ?? indentFlowContinuation(text, line));
      if (repaired === undefined) return { ok: false, error: toParseError(repairs === 0 ? error : firstError(original, error), original) };
      text = repaired;
    }
  }
}

/** Where each document's root starts, and the lazily built positions of the whole text. */
interface PositionSource {
  roots: readonly DocumentRoot[];
  positions: () => YamlEventPositions | undefined;
}

function positionSource(text: string, events: readonly Event[]): PositionSource {
  let positions: YamlEventPositions | undefined;
  return { roots: documentRoots(events), positions: () => (positions ??= new YamlEventPositions(text, events)) };
}

/**
 * Where the documents of one file are, worked out the first time a position is asked for: from
 * the lines of a plain file where they suffice (yaml-block-positions.ts), else from
 * js-yaml 5's event stream. One object per file, its documents' `locate` calls among them:
 * every file of a run is kept to the end, and closures per file and document weighed more.
 */
class FilePositions {
  /** The event stream: the parse's, when it read one, else read the first time a position needs it. */
  #source: PositionSource | undefined;
  /** A file the fast path read: its lines may place a path without the event stream. */
  readonly #byLines: boolean;
  /**
   * The line-read trees of its documents, while this file is among those placed last (see
   * `treeHolders`); null when the lines cannot place, or count the documents otherwise.
   */
  #trees: Array<BlockPositions | undefined> | null | undefined;

  constructor(
    readonly text: string,
    /** How many documents the values said the file has. */
    readonly count: number,
    /** Given when the file was read through the event stream already. */
    source?: PositionSource,
  ) {
    this.#source = source;
    this.#byLines = source === undefined;
  }

  locate(index: number, path: DocPath): Range {
    if (this.#byLines) {
      if (this.#trees === undefined) {
        const trees = blockPositions(this.text);
        this.#trees = trees?.length === this.count ? trees : null;
        holdTree(this);
      }
      const quick = this.#trees?.[index]?.locate(path);
      if (quick !== undefined) return quick;
    }
    const root = this.source().roots[index];
    const positions = this.source().positions();
    if (root === undefined || positions === undefined || root.event < 0) return startRange();
    return positions.locate(root.event, path);
  }

  /**
   * The event stream's view of the file. Should js-yaml 5 refuse a text the fast path read, or
   * count its documents differently, documents are placed at the start of the file rather than
   * in another document.
   */
  source(): PositionSource {
    if (this.#source === undefined) {
      const read = readEvents(this.text);
      const candidate = read.ok ? positionSource(read.text, read.events) : undefined;
      this.#source = candidate?.roots.length === this.count ? candidate : { roots: Array.from({ length: this.count }, () => ({ offset: 0, event: -1, empty: false })), positions: () => undefined };
    }
    return this.#source;
  }

  /** Lets the line-read trees go; the next position read from the lines reads them again. */
  dropTree(): void {
    this.#trees = undefined;
  }
}

/**
 * The files whose line-read trees are held: the few placed last, rather than each for the rest
 * of the run. The tree of a Deployment weighs about 3.5 KiB, more than its values, so a run that
 * kept its files to the end kept a growing share of them twice over as it found more. A policy's
 * findings come file after file (several in a file one after the other), and a file placed again
 * after it left is read again, in microseconds. Few, so that a file judged in a batch
 * (docs/streaming.md) lets its tree go with the batch: a cache of 64 files kept trees past
 * several batches, long enough for the garbage collector to move them to the old generation
 * (about 25 MB over 50,000 Deployments). Held weakly instead, the files were kept anyway: a
 * `WeakRef` holds its target until the job that made it ends, and judging during discovery is
 * one job, so every file placed during it stayed alive to its end (3.8 MiB of peak at 50,000
 * Deployments). An event stream stays with its file: reading one again costs tens of
 * microseconds for a manifest and milliseconds for a large file of many documents, which every
 * policy with a finding there would pay.
 */
const HELD_TREES = 4;
const treeHolders: FilePositions[] = [];

function holdTree(file: FilePositions): void {
  treeHolders.push(file);
  if (treeHolders.length > HELD_TREES) treeHolders.shift()?.dropTree();
}

/** A document of a YAML file, placed through its file's positions. */
class YamlDocument implements Document {
  readonly #positions: FilePositions;

  constructor(
    public file: string,
    public index: number,
    public value: unknown,
    positions: FilePositions,
  ) {
    this.#positions = positions;
  }

  locate(path: DocPath): Range {
    return this.#positions.locate(this.index, path);
  }

  /** The same document, placed alike, with another value (a copy of part of this one). */
  withValue(value: unknown): YamlDocument {
    return new YamlDocument(this.file, this.index, value, this.#positions);
  }
}

/**
 * A document with `value` in place of its own, placed as the original is, without holding the
 * original's value where the format allows (YAML: the copy shares the file's positions).
 */
export function withValue(document: Document, value: unknown): Document {
  if (document instanceof YamlDocument) return document.withValue(value);
  return { file: document.file, index: document.index, value, locate: (path) => document.locate(path) };
}

/** The 0-based line of a "deficient indentation" error, the error the leniencies repair. */
function deficientIndentationLine(error: unknown): number | undefined {
  if (!(error instanceof vendored.jsyaml().YAMLException) || !/deficient indentation/.test(error.reason ?? "")) return undefined;
  return error.mark?.line;
}

/** The error the original text gives, for the message: a repair that did not help changes nothing reported. */
function firstError(original: string, fallback: unknown): unknown {
  try {
    const { constructFromEvents, parseEvents } = vendored.jsyaml();
    constructFromEvents(parseEvents(original, { maxDepth: MAX_DEPTH }), { source: original, schema: coreWithMerge() });
    return fallback;
  } catch (error) {
    return error;
  }
}

/** The documents with content, all placed through one file's positions. */
function toDocuments(file: string, values: readonly unknown[], positions: FilePositions): Document[] {
  const documents: Document[] = [];
  const emptyByLines = nullsAreEmptyDocuments(values);
  values.forEach((value, index) => {
    // A document is dropped only when the lines or the stream say it is empty; a non-null value
    // has content, and the stream is not read for it.
    if (value === null || value === undefined) {
      if (emptyByLines) return;
      const root = positions.source().roots[index];
      // Without a root event the value cannot be placed; js-yaml emits one per document, so
      // this only guards against a future change in its event stream.
      if (root === undefined || root.empty) return;
    }
    documents.push(new YamlDocument(file, index, value, positions));
  });
  return documents;
}

/**
 * One entry per document of the event stream, in order. The event right after a DOCUMENT
 * event is always that document's root node; an empty document is an untagged, unanchored
 * scalar with no source text at all (an explicit `''` or `null` has source text).
 */
function documentRoots(events: readonly Event[]): DocumentRoot[] {
  const { EVENT_ID } = vendored.jsyaml();
  const roots: DocumentRoot[] = [];
  events.forEach((event, i) => {
    if (event.type !== EVENT_ID.DOCUMENT) return;
    const root = events[i + 1];
    switch (root?.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        roots.push({ offset: root.start, event: i + 1, empty: false });
        break;
      case EVENT_ID.SCALAR: {
        const empty = root.valueStart < 0 && root.tagStart < 0 && root.anchorStart < 0;
        roots.push({ offset: Math.max(root.valueStart, root.tagStart, root.anchorStart, 0), event: i + 1, empty });
        break;
      }
      case EVENT_ID.ALIAS:
        roots.push({ offset: root.anchorStart, event: i + 1, empty: false });
        break;
      default:
        roots.push({ offset: 0, event: -1, empty: true });
    }
  });
  return roots;
}

function toParseError(error: unknown, text: string): ParseError {
  if (!(error instanceof vendored.jsyaml().YAMLException)) return { message: errorText(error), range: startRange() };
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
