import { MAX_NESTING } from "./bounded-parse.js";
import { trimEnd } from "./positions.js";
import { readBlockScalar } from "./yaml-block-scalar.js";
import { unescapeDoubleQuoted } from "./yaml-double-quoted.js";

/**
 * The block structure of the plainest YAML, read from its lines: documents of block mappings and
 * sequences, plain or quoted keys, and values that are plain or quoted scalars (on one line or
 * several), one-line flow collections (which are not entered) or literal and folded block
 * scalars (`|`, `>-`) — what most Kubernetes manifests, CRDs, CI files and ConfigMaps are. Source
 * positions (yaml-block-positions.ts) and values (yaml-block-values.ts) are read from it.
 *
 * Anything else — tabs or CR line breaks, anchors, aliases, tags, complex keys, quoted keys with
 * an escape, merge keys, a flow collection over several lines, a double-quoted scalar with an
 * escaped line break, a plain scalar whose lines hold a comment or a `: `, a block scalar with no
 * content, an empty sequence item, a document end marker (`...`) where no document is open, a
 * block scalar's indicator alone below its key, or a directive (`%`) — makes
 * {@link blockTrees} give up on the whole text, and the caller reads it with a YAML library.
 */
export function blockTrees(text: string): Array<BlockNode | undefined> | undefined {
  if (text.includes("\t") || text.includes("\r")) return undefined;
  const read = contentLines(text);
  if (read === undefined || read.documents.length === 0) return undefined;
  const { lines, documents } = read;
  const parser = new BlockParser(text, lines);
  const roots: Array<BlockNode | undefined> = [];
  for (let d = 0; d < documents.length; d++) {
    const first = documents[d] as number;
    const end = documents[d + 1] ?? lines.length;
    // A document with no content (`---` twice, or last): undefined, as it holds no node.
    if (first === end) {
      roots.push(undefined);
      continue;
    }
    parser.end = end;
    const root = parser.collectionAt(first, (lines[first] as Line).content);
    if (root === undefined || parser.failed || parser.next !== end) return undefined;
    roots.push(root);
  }
  return roots;
}

export type BlockNode =
  | { kind: "scalar"; start: number; end: number }
  | { kind: "flow"; start: number; end: number }
  /** A literal or folded block scalar: from its `|` or `>` to where the line ending it starts, and its value. */
  | { kind: "block"; start: number; end: number; value: string }
  /** A quoted scalar over several lines: from its opening quote to just past its closing one, and its value. */
  | { kind: "quoted"; start: number; end: number; value: string }
  /** A plain scalar over several lines, and its lines folded into one text. */
  | { kind: "lines"; start: number; end: number; value: string }
  | { kind: "mapping"; start: number; entries: BlockEntry[] }
  | { kind: "sequence"; start: number; items: BlockNode[] };

export interface BlockEntry {
  /** As written for a plain key (typed by the reader of values), the string itself for a quoted one. */
  key: string;
  /** A quoted key: a string as it is, never typed. */
  quoted: boolean;
  keyStart: number;
  keyEnd: number;
  /** Undefined for `key:` with no value. */
  value: BlockNode | undefined;
}

/** A line with content (not blank, not only a comment): where it starts, where its content starts, where it ends. */
interface Line {
  start: number;
  content: number;
  end: number;
}

/**
 * The content lines, and the index of the first line of each document (an empty document's is
 * the next one's); undefined when a line is a directive (`%`), a `---` or `...` with content after
 * it, or a `...` with no document open. A `---` line starts a document (the first one only opens
 * it, when nothing came before but comments), and so does the first content after a `...`.
 * Lines inside a block scalar are listed too: the reader passes over them by their offsets.
 */
function contentLines(text: string): { lines: Line[]; documents: number[] } | undefined {
  const lines: Line[] = [];
  const documents: number[] = [];
  let open = false;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    if (text.startsWith("---", start) || text.startsWith("...", start) || text[start] === "%") {
      const marker = text.slice(start, end);
      if (END_MARKER.test(marker)) {
        // `...` ends the document open (rendered charts write one after each); the next content
        // or `---` starts another. Where none is open YAML libraries disagree: left to them.
        if (!open) return undefined;
        open = false;
      } else {
        if (!OPENING_MARKER.test(marker)) return undefined;
        documents.push(lines.length);
        open = true;
      }
    } else {
      let content = start;
      while (content < end && text.charCodeAt(content) === 32) content++;
      if (content < end && text[content] !== "#") {
        if (!open) documents.push(lines.length);
        open = true;
        lines.push({ start, content, end });
      }
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return { lines, documents };
}

/** A `---` line, with nothing after it but a comment. */
const OPENING_MARKER = /^---(?: +(?:#.*)?)?$/;

/** A `...` line, with nothing after it but a comment. */
const END_MARKER = /^\.\.\.(?: +(?:#.*)?)?$/;

/** Recursive descent over content lines; `failed` once anything outside the subset is met. */
class BlockParser {
  /** Index of the first content line not yet read. */
  next = 0;
  failed = false;
  /** Index of the first content line after the document being read. */
  end = 0;

  /** Offsets of every ` #` of the text, ascending: where comments may start. */
  private readonly marks: number[] = [];

  /** Where the next `:` and the next `: ` are: searched for line after line, never twice over the same text. */
  private readonly colons: ForwardSearch;
  private readonly colonSpaces: ForwardSearch;

  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
  ) {
    // Found by their `#`: a search for the two characters stops at every space of the text.
    for (let i = text.indexOf("#", 1); i >= 0; i = text.indexOf("#", i + 1)) if (text.charCodeAt(i - 1) === 32) this.marks.push(i - 1);
    this.colons = new ForwardSearch(text, ":");
    this.colonSpaces = new ForwardSearch(text, ": ");
  }

  /** The first ` #` from `at` before `end`, or -1 (searched in the marks, not in the text after the line). */
  private commentIn(at: number, end: number): number {
    const marks = this.marks;
    let low = 0;
    let high = marks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((marks[middle] as number) < at) low = middle + 1;
      else high = middle;
    }
    const mark = marks[low];
    return mark !== undefined && mark < end ? mark : -1;
  }

  /**
   * The `:` ending a plain key that starts at `at` (one followed by a space or the line end), or
   * -1 when there is none before the line end or a comment comes first.
   */
  private keyColon(at: number, end: number): number {
    const text = this.text;
    let colon = this.colons.next(at);
    while (colon >= 0 && colon + 1 < end && text.charCodeAt(colon + 1) !== 32) colon = this.colons.next(colon + 1);
    if (colon < 0 || colon >= end) return -1;
    return this.commentIn(at, colon) >= 0 ? -1 : colon;
  }

  /** How many collections are open: the reader recurses once per level, so it stops where the depth bound does. */
  private depth = 0;

  /** The block collection starting at `column` (an offset) of line `index`: a sequence at a `-`, else a mapping. */
  collectionAt(index: number, column: number): BlockNode | undefined {
    if (this.failed || this.depth >= MAX_NESTING) return this.fail();
    this.depth += 1;
    try {
      if (this.isItem(column)) {
        const items = this.siblings(index, column, true) as BlockNode[] | undefined;
        return items === undefined ? undefined : { kind: "sequence", start: column, items };
      }
      const entries = this.siblings(index, column, false) as BlockEntry[] | undefined;
      return entries === undefined ? undefined : { kind: "mapping", start: column, entries };
    } finally {
      this.depth -= 1;
    }
  }

  private fail(): undefined {
    this.failed = true;
    return undefined;
  }

  /** The content line at `index`, if it is in the document being read. */
  private lineAt(index: number): Line | undefined {
    return index < this.end ? this.lines[index] : undefined;
  }

  private isItem(at: number): boolean {
    return this.text[at] === "-" && (at + 1 === this.lineEnd(at) || this.text[at + 1] === " ");
  }

  private lineEnd(at: number): number {
    const newline = this.text.indexOf("\n", at);
    return newline < 0 ? this.text.length : newline;
  }

  /**
   * What the collections being read have found so far, one above the other: each collection's
   * list is then copied out at its exact length (a list pushed to reserves room for 17, and the
   * tree of a file with a finding is kept). The top is {@link top}: the list is written over,
   * never shortened (setting an array's length was 1% of a run over 50,000 manifests), and
   * lives only as long as the file's parse.
   */
  private readonly found: Array<BlockEntry | BlockNode> = [];
  private top = 0;

  /**
   * The items (of a sequence) or entries (of a mapping) of a collection starting at `column` of
   * line `index`: one read at a time, while the next content line starts at the collection's
   * indentation and is a sibling; a line less indented ends the collection, a deeper one is not
   * read. In a mapping, a \`- \` at the keys' indentation belongs to no key (a key's own sequence
   * was read with it); in a sequence, a key at the items' indentation ends it (it was that
   * mapping's value).
   */
  private siblings(index: number, column: number, sequence: boolean): Array<BlockEntry | BlockNode> | undefined {
    const firstLine = this.lineAt(index);
    if (firstLine === undefined) return this.fail();
    const indent = column - firstLine.start;
    const found = this.found;
    const base = this.top;
    let at = column;
    let i = index;
    for (;;) {
      const line = this.lineAt(i) as Line;
      const one = sequence ? this.item(i, line, at, indent) : this.entry(i, line, at, indent);
      if (one === undefined) return this.fail();
      found[this.top++] = one;
      i = this.next;
      const following = this.lineAt(i);
      if (following === undefined) break;
      const followingIndent = following.content - following.start;
      if (followingIndent < indent) break;
      if (followingIndent > indent) return this.fail();
      if (this.isItem(following.content) !== sequence) {
        if (sequence) break;
        return this.fail();
      }
      at = following.content;
    }
    this.next = i;
    const own = found.slice(base, this.top);
    this.top = base;
    return own;
  }

  /** One `key: value` entry whose key starts at `at` of line `i`; leaves `next` after its value. */
  private entry(i: number, line: Line, at: number, indent: number): BlockEntry | undefined {
    const text = this.text;
    const key = this.keyAt(at, line.end);
    if (key === undefined) return this.fail();
    const { keyEnd, quoted } = this;
    let valueAt = this.colon + 1;
    while (valueAt < line.end && text.charCodeAt(valueAt) === 32) valueAt++;
    let value: BlockNode | undefined;
    if (valueAt === line.end || (text[valueAt] === "#" && text[valueAt - 1] === " ")) {
      // `key:` — its value is on the lines below, or a sequence at the key's own indentation, or nothing.
      const below = this.lineAt(i + 1);
      this.next = i + 1;
      if (below !== undefined) {
        const belowIndent = below.content - below.start;
        if (belowIndent > indent || (belowIndent === indent && this.isItem(below.content))) {
          value = belowIndent === indent || this.opensCollection(below.content, below.end) ? this.collectionAt(i + 1, below.content) : this.valueBelow(i + 1, below, indent);
          if (value === undefined) return undefined;
        }
      }
    } else if (isBlockIndicator(text.charCodeAt(valueAt))) {
      value = this.blockScalar(i, valueAt, line.end, indent);
      if (value === undefined) return undefined;
    } else {
      value = this.opensQuotedLines(valueAt, line.end) ? this.quotedLines(i, valueAt, indent) : this.afterInline(i, line, this.inline(valueAt, line.end), indent);
      if (value === undefined) return undefined;
    }
    return { key, keyStart: at, keyEnd, value, quoted };
  }

  /**
   * Whether a block collection starts at `at` of a line ending at `end`: an item, or a key (plain
   * or quoted). Below `key:` it is the key's value; after `- ` it is the item.
   */
  private opensCollection(at: number, end: number): boolean {
    return this.isItem(at) || this.isKeyLine(at, end);
  }

  /**
   * A scalar or flow collection on line `i`, below its `key:` of a mapping indented `indent`
   * (`annotations:` then `{}`, as Helm renders an empty map; `kind:` then `bug-fix`): read as
   * if it followed the key on its line, lines going on with it included (a block scalar's
   * indicator is no plain scalar's start: left to the library).
   */
  private valueBelow(i: number, line: Line, indent: number): BlockNode | undefined {
    const at = line.content;
    if (this.opensQuotedLines(at, line.end)) return this.quotedLines(i, at, indent);
    return this.afterInline(i, line, this.inline(at, line.end), indent);
  }

  /** Where the key {@link keyAt} read last ends, the `:` after it, and whether it was quoted. */
  private keyEnd = 0;
  private colon = 0;
  private quoted = false;

  /**
   * The key of an entry starting at `at` (its end, `:` and quoting left in `keyEnd`, `colon` and
   * `quoted`): a plain key, or a quoted one (`"app.kubernetes.io/name":`, `'@type':`) with the
   * `:` right after its closing quote and no backslash escape. Undefined for anything else, a
   * merge key (`<<`) among them.
   */
  private keyAt(at: number, end: number): string | undefined {
    const text = this.text;
    const quote = text.charCodeAt(at);
    if (quote === 0x22 || quote === 0x27) {
      const close = quotedKeyClose(text, at, end);
      if (close < 0) return undefined;
      const inner = text.slice(at + 1, close);
      if (quote === 0x22 && inner.includes("\\")) return undefined;
      this.keyEnd = close + 1;
      this.colon = close + 1;
      this.quoted = true;
      return quote === 0x27 ? inner.replaceAll("''", "'") : inner;
    }
    const colon = this.keyColon(at, end);
    // `: x` has no key (a key may start with `:`, as Envoy's `:authority` does, when something follows it).
    if (colon <= at || !plainStartAt(text, at)) return undefined;
    const keyEnd = trimEnd(text, at, colon);
    const key = text.slice(at, keyEnd);
    if (key === "<<") return undefined;
    this.keyEnd = keyEnd;
    this.colon = colon;
    this.quoted = false;
    return key;
  }

  /**
   * A one-line value read on line `i`, or, when deeper lines follow a plain scalar, the plain
   * scalar they continue; leaves `next` after it.
   */
  private afterInline(i: number, line: Line, value: BlockNode | undefined, indent: number): BlockNode | undefined {
    if (value === undefined) return undefined;
    this.next = i + 1;
    const below = this.lineAt(i + 1);
    if (below === undefined || below.content - below.start <= indent) return value;
    return value.kind === "scalar" ? this.plainLines(i, line, value, indent) : this.fail();
  }

  /** Whether a quoted scalar opens at `at` and does not close before the line ends at `end`. */
  private opensQuotedLines(at: number, end: number): boolean {
    const quote = this.text.charCodeAt(at);
    return (quote === 0x22 || quote === 0x27) && closingQuote(this.text, at, end) < 0;
  }

  /**
   * A quoted scalar over several lines (CRDs write long descriptions and validation rules so),
   * its quote at `at` of line `i`, the value of a collection indented `indent`; leaves `next`
   * after it. Folded as js-yaml 4 folds it: spaces around each line break dropped, one line
   * break a space, each blank line between a line break, `''` a quote, escapes unescaped. Given up
   * on: an escaped line break, a line indented no deeper than `indent` (js-yaml 5 calls that
   * deficient indentation), and anything but a comment after the closing quote.
   */
  private quotedLines(i: number, at: number, indent: number): BlockNode | undefined {
    const text = this.text;
    const single = text.charCodeAt(at) === 0x27;
    const parts: string[] = [];
    let from = at + 1;
    let breaks = 0;
    for (let lineStart = at; lineStart < text.length; ) {
      const newline = text.indexOf("\n", lineStart);
      const lineEnd = newline < 0 ? text.length : newline;
      if (lineStart !== at) {
        from = lineStart;
        while (from < lineEnd && text.charCodeAt(from) === 32) from++;
        if (from === lineEnd) {
          breaks++;
          lineStart = lineEnd + 1;
          continue;
        }
        if (from - lineStart <= indent) return this.fail();
        parts.push(breaks === 1 ? " " : "\n".repeat(breaks - 1));
      }
      const close = quoteFrom(text, single ? "'" : '"', from, lineEnd);
      const segment = text.slice(from, close < 0 ? trimEnd(text, from, lineEnd) : close);
      // A backslash ending a line (an escaped line break, or an escaped space the trim left bare) does not unescape.
      const value = single ? segment.replaceAll("''", "'") : unescapeDoubleQuoted(segment);
      if (value === undefined) return this.fail();
      parts.push(value);
      if (close >= 0) {
        let after = close + 1;
        while (after < lineEnd && text.charCodeAt(after) === 32) after++;
        if (after < lineEnd && !(text.charCodeAt(after) === 0x23 && after > close + 1)) return this.fail();
        let next = i + 1;
        while (next < this.end && (this.lines[next] as Line).start < lineEnd) next++;
        const below = this.lineAt(next);
        if (below !== undefined && below.content - below.start > indent) return this.fail();
        this.next = next;
        return { kind: "quoted", start: at, end: close + 1, value: parts.join("") };
      }
      breaks = 1;
      if (newline < 0) break;
      lineStart = lineEnd + 1;
    }
    return this.fail();
  }

  /**
   * A plain scalar over several lines (`description: The name of the`, then deeper lines going
   * on with it): the lines indented deeper than `indent` that follow line `i`, folded as js-yaml
   * 4 folds them (one line break is a space, each blank line between a line break). Given up on,
   * as js-yaml reads them otherwise or refuses them: a quoted first line, a first line that opens
   * a sequence entry (`-`, `- a`), a comment on a line or between them, and a `: ` or a final `:`
   * on a line.
   */
  private plainLines(i: number, line: Line, first: { start: number; end: number }, indent: number): BlockNode | undefined {
    const text = this.text;
    const opening = text.charCodeAt(first.start);
    if (opening === 0x22 || opening === 0x27 || trimEnd(text, first.start, line.end) !== first.end) return this.fail();
    // `key: -` or `key: - a` then deeper lines: js-yaml reads a sequence entry where none may start, and refuses the file.
    if (opening === 0x2d && (first.end === first.start + 1 || text.charCodeAt(first.start + 1) === 32)) return this.fail();
    const parts = [text.slice(first.start, first.end)];
    let end = first.end;
    let previous = line.end;
    let k = i + 1;
    for (let next = this.lineAt(k); next !== undefined && next.content - next.start > indent; next = this.lineAt(++k)) {
      const between = text.slice(previous, next.start);
      if (between.includes("#") || CONTINUATION_INDICATOR.test(text[next.content] as string) || this.commentIn(next.content, next.end) >= 0) return this.fail();
      const lineEnd = trimEnd(text, next.content, next.end);
      if (within(this.colonSpaces.next(next.content), lineEnd) >= 0 || text[lineEnd - 1] === ":") return this.fail();
      let breaks = 0;
      for (let b = between.indexOf("\n"); b >= 0; b = between.indexOf("\n", b + 1)) breaks++;
      parts.push(breaks === 1 ? " " : "\n".repeat(breaks - 1), text.slice(next.content, lineEnd));
      end = lineEnd;
      previous = next.end;
    }
    this.next = k;
    return { kind: "lines", start: first.start, end, value: parts.join("") };
  }

  /** One `- item` whose dash is at `at` of line `i`; leaves `next` after it. */
  private item(i: number, line: Line, at: number, indent: number): BlockNode | undefined {
    let content = at + 1;
    while (content < line.end && this.text.charCodeAt(content) === 32) content++;
    if (content === line.end || this.text[content] === "#") return this.fail();
    if (this.opensCollection(content, line.end)) {
      // `- - x` or `- key: value`: a collection whose indentation is the column it starts at.
      return this.collectionAt(i, content);
    }
    if (isBlockIndicator(this.text.charCodeAt(content))) return this.blockScalar(i, content, line.end, indent);
    if (this.opensQuotedLines(content, line.end)) return this.quotedLines(i, content, indent);
    return this.afterInline(i, line, this.inline(content, line.end), indent);
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose indicator is at `at` of line `i`, the value
   * of a collection indented `indent` (yaml-block-scalar.ts); leaves `next` at the first content
   * line after it.
   */
  private blockScalar(i: number, at: number, headerEnd: number, indent: number): BlockNode | undefined {
    const read = readBlockScalar(this.text, at, headerEnd, indent);
    if (read === undefined) return this.fail();
    let next = i + 1;
    while (next < this.end && (this.lines[next] as Line).start < read.stop) next++;
    this.next = next;
    return { kind: "block", start: at, end: read.stop, value: read.value };
  }

  /**
   * Whether a `key:` starts at `at`: a `:` followed by a space or the line end comes before any
   * comment, or a quoted key is closed by one (`- '@type': …`, as Envoy configurations start an
   * item).
   */
  private isKeyLine(at: number, end: number): boolean {
    const text = this.text;
    const c = text[at];
    if (c === '"' || c === "'") return quotedKeyClose(text, at, end) >= 0;
    if (c === "{" || c === "[") return false;
    return this.keyColon(at, end) >= 0;
  }

  /** A value on one line from `at`: a quoted or plain scalar, or a flow collection (not entered). */
  private inline(at: number, end: number): BlockNode | undefined {
    const text = this.text;
    const c = text[at] ?? "";
    let close: number;
    let kind: "scalar" | "flow" = "scalar";
    if (c === '"' || c === "'") {
      close = closingQuote(text, at, end);
      if (close < 0) return this.fail();
      close += 1;
    } else if (c === "{" || c === "[") {
      close = closingBracket(text, at, end);
      if (close < 0) return this.fail();
      kind = "flow";
    } else {
      if (!plainStartAt(text, at)) return this.fail();
      // A plain scalar runs to a comment or the line end; `: ` inside it is not YAML a block reads.
      const comment = this.commentIn(at, end);
      const stop = comment < 0 ? end : comment + 1;
      if (within(this.colonSpaces.next(at), stop - 1) >= 0 || (comment < 0 && text[end - 1] === ":")) return this.fail();
      return { kind: "scalar", start: at, end: trimEnd(text, at, stop) };
    }
    // After a quoted scalar or a flow collection: only spaces and a comment.
    let p = close;
    while (p < end && text.charCodeAt(p) === 32) p++;
    if (p < end && !(text[p] === "#" && p > close)) return this.fail();
    return { kind, start: at, end: close };
  }
}

/**
 * The first occurrence of a needle at or after an offset, remembering the last answer: the reader
 * asks from offsets that mostly move forward, and a search that is not bounded by its line
 * (indexOf runs to the next occurrence anywhere) made a list of 160,000 items without a `:`
 * take seconds, each line searching to the end of the text.
 */
class ForwardSearch {
  /** The last search: where it started, and what it found (-1: nothing from there on). */
  #from = -1;
  #found = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  next(from: number): number {
    // Nothing between the last start and the last find: the answer holds for any start in between.
    if (this.#from >= 0 && from >= this.#from && (this.#found < 0 || from <= this.#found)) return this.#found;
    this.#from = from;
    this.#found = this.text.indexOf(this.needle, from);
    return this.#found;
  }
}

/** `index` when it falls before `end`, else -1 (for indexOf results bounded by a line). */
function within(index: number, end: number): number {
  return index >= 0 && index < end ? index : -1;
}

/**
 * What a line going on with a plain scalar may not start with: a comment. Any other character
 * (a quote, `-`, `>`, `&`) is text there, as YAML and js-yaml read it.
 */
const CONTINUATION_INDICATOR = /^#$/;

/** `|` or `>`, which open a block scalar where a value starts. */
function isBlockIndicator(code: number): boolean {
  return code === 0x7c || code === 0x3e;
}

/** The characters that end or open an entry of a flow collection. */
const FLOW_INDICATOR = /^[[\]{},]$/;

/**
 * What a plain scalar or key may start with here: no indicator character but `-` (a `- ` is read
 * as an item first) and `:` (Envoy's `:path`, a port `:8080`; a `: ` or a final `:` is refused
 * where the scalar or key is read, as anywhere in one).
 */
const PLAIN_START = /^[^\s?,[\]{}#&*!|>'"%@`]$/;

/** {@link PLAIN_START} of the code unit at `at` of `text`, without a regular expression per key and scalar. */
export function plainStartAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return PLAIN_START_ASCII[code] === 1;
  // Beyond ASCII, only the white space `\s` matches; NaN (past the end) is no character.
  return code === code && !UNICODE_SPACE.has(code);
}

/** Per ASCII code unit, 1 where {@link PLAIN_START} matches it. */
const PLAIN_START_ASCII = Uint8Array.from({ length: 128 }, (_, code) => (PLAIN_START.test(String.fromCharCode(code)) ? 1 : 0));

/** The code units beyond ASCII that `\s` matches in a JavaScript regular expression. */
const UNICODE_SPACE = new Set([0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

/** The offset of the quote closing a quoted key at `at` when a `:` follows it, then a space or the line's end; or -1. */
function quotedKeyClose(text: string, at: number, end: number): number {
  const close = closingQuote(text, at, end);
  return close >= 0 && text.charCodeAt(close + 1) === 0x3a && (close + 2 >= end || text.charCodeAt(close + 2) === 32) ? close : -1;
}

/** The offset of the quote closing the one at `at`, on the same line, or -1. */
function closingQuote(text: string, at: number, end: number): number {
  return quoteFrom(text, text[at] as string, at + 1, end);
}

/** The offset of the first `quote` from `from` that closes a scalar quoted with it (not `''`, not `\"`), before `end`, or -1. */
function quoteFrom(text: string, quote: string, from: number, end: number): number {
  for (let p = from; p < end; p++) {
    const c = text[p];
    if (quote === '"' && c === "\\") {
      p++;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && text[p + 1] === "'") {
        p++;
        continue;
      }
      return p;
    }
  }
  return -1;
}

/**
 * Just past the bracket closing the one at `at`, on the same line, or -1. Quoted scalars inside
 * (`["python", "main.py"]`, `drop: ["ALL"]`) are passed over whole; a quote anywhere but at the
 * start of an entry (inside a plain word), a `#`, or a `:` right before a flow indicator, is
 * given up on.
 */
function closingBracket(text: string, at: number, end: number): number {
  let depth = 0;
  // The last character that is not a space: a quote after `[`, `{`, `,` or `:` opens a quoted scalar.
  let before = "";
  for (let p = at; p < end; p++) {
    const c = text[p] as string;
    if (c === '"' || c === "'") {
      if (before !== "[" && before !== "{" && before !== "," && before !== ":") return -1;
      p = closingQuote(text, p, end);
      if (p < 0) return -1;
      before = c;
      continue;
    }
    if (c === "#") return -1;
    // `001:db8::]`: js-yaml 5 reads a `:` before a flow indicator as a pair where js-yaml 4 reads
    // text, and places the collection otherwise.
    if (c === ":" && FLOW_INDICATOR.test(text[p + 1] ?? "")) return -1;
    if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return p + 1;
    }
    if (c !== " ") before = c;
  }
  return -1;
}
