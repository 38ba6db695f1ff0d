/*
 * The kinds of a Kubernetes file's objects, read from its lines before it is parsed, so that a
 * file no active policy reads anything of is not parsed at all, and the objects of a file that
 * none reads are left out of its parse. CustomResourceDefinitions are the reason: they are
 * schemas of other objects, often megabytes of OpenAPI each, and no built-in policy reads one;
 * on bitnami/charts they were half the run, and install manifests bundle them with Deployments
 * (docs/performance.md, "Objects no policy reads").
 *
 * Only a file whose every document is plainly written says anything: a block mapping starting at
 * the first column with exactly one `apiVersion:` and one `kind:` line there, the kind a plain or
 * quoted word. Anything else (JSON, flow mappings, an indented document, a kind-less
 * kustomization file, directives) is parsed as before. A top-level key sits at the first column,
 * so the document's own `kind` is one of those lines; the only other lines there are the
 * continuations of a quoted scalar or a flow collection, and a document whose only `kind:` line
 * is one of those has no kind of its own: it is no Kubernetes object.
 *
 * It reads a file's bytes as well as its text, so that a file skipped is never decoded: the lines
 * it looks at are ASCII, and a byte of a multi-byte character read as latin1 matches none of its
 * patterns.
 */

/** A line `kind: Word` at the first column (the key quoted or not, the word quoted or not, a comment after it). */
const KIND_LINE = /^(["']?)kind\1[ \t]*:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\2(?:[ \t]+#.*)?\r?$/m;

/** The start of a `kind:` or `apiVersion:` key at the first column. */
const KIND_KEY = /^(["']?)kind\1[ \t]*:/;
const API_VERSION_KEY = /^(["']?)apiVersion\1[ \t]*:/;

/** A key at the first column, quoted or not: the first line of a document that is a block mapping. */
const PLAIN_KEY = /^(["']?)[A-Za-z_][\w./-]*\1[ \t]*:(?:[ \t]|\r?$)/;

/** A document start or end marker, alone or with a comment. */
const MARKER = /^(?:---|\.\.\.)(?:[ \t]+(?:#.*)?)?\r?$/;

/** What the active policies read of a Kubernetes file's objects, decided on its lines. */
export type ObjectsRead =
  /** Nothing: every document is an object of a kind no policy reads (their kinds, one per document). */
  | { unread: string[] }
  /** Some documents only: the file's text with every line of the others blanked (comment lines kept). */
  | { text: string };

/**
 * What the active policies (`reads`) read of a Kubernetes file (its text, or its bytes as read),
 * when every document is an object written plainly (above) and some is of a kind none reads;
 * `undefined` when the file is to be parsed whole: every object is read, or the lines do not
 * show every kind plainly. A document no policy reads is blanked line by line rather than cut
 * out, so that every other line keeps its number and every other document its place in the
 * stream: the parser drops an empty document and keeps the others' indexes.
 */
export function objectsRead(content: string | Buffer, reads: ((kind: string) => boolean) & { readonly unread?: readonly string[] }): ObjectsRead | undefined {
  // When the kinds no policy reads are few, a file that names none of them is read whole.
  if (reads.unread !== undefined && !reads.unread.some((kind) => mentions(content, kind))) return undefined;
  const source = sourceOf(content);
  // Most files are one object some policy reads, and the first `kind:` line and the lack of a
  // second document say so.
  const first = firstKind(source);
  if (first === undefined || (reads(first) && !source.hasMarker(source.start))) return undefined;
  const documents = plainDocumentsOf(source);
  if (documents === undefined || documents.length === 0) return undefined;
  const unread = documents.filter((document) => !reads(document.kind));
  if (unread.length === 0) return undefined;
  if (unread.length === documents.length) return { unread: documents.map((document) => document.kind) };
  return { text: blanked(source, unread) };
}

/** Needles for bytes, by the text they stand for: a string needle is made into bytes at each search. */
const needles = new Map<string, Buffer>();

function mentions(content: string | Buffer, text: string): boolean {
  if (typeof content === "string") return content.includes(text);
  let needle = needles.get(text);
  if (needle === undefined) needles.set(text, (needle = Buffer.from(text)));
  return content.includes(needle);
}

/** The kind of every non-empty document of a text or of its bytes, or undefined when a document is not plainly written. */
export function plainKinds(content: string | Buffer): string[] | undefined {
  return plainDocumentsOf(sourceOf(content))?.map((document) => document.kind);
}

/** A document's kind and its lines: from `start` to `end`, the start of the marker line after it or the end of the content. */
interface PlainDocument {
  kind: string;
  start: number;
  end: number;
}

/**
 * The content as text, each line of the given documents blank but for comment lines (waivers are
 * comments). A first document with no `---` before it gets one on its first line of content: a
 * stream that starts with nothing but blank lines has no document there, and the documents after
 * it would be numbered from 0.
 */
function blanked(source: Source, documents: readonly PlainDocument[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const document of documents) {
    parts.push(source.text(at, document.start));
    let marker = document.start === source.start;
    // The line breaks of blank lines, written at once: a CustomResourceDefinition is thousands of lines.
    let breaks = 0;
    for (let line = document.start; line < document.end; ) {
      const end = source.lineEnd(line);
      let kept: string | undefined;
      if (comment(source, line, end)) kept = source.text(line, end);
      else if (marker && !blank(source, line, end)) {
        kept = "---";
        marker = false;
      }
      if (kept === undefined) {
        if (end < source.length) breaks++;
      } else {
        if (breaks > 0) parts.push("\n".repeat(breaks));
        breaks = 0;
        parts.push(end < source.length ? `${kept}\n` : kept);
      }
      line = end + 1;
    }
    if (breaks > 0) parts.push("\n".repeat(breaks));
    at = document.end;
  }
  parts.push(source.text(at, source.length));
  return parts.join("");
}

/** A text or its bytes, as the scan reads them: code units or bytes, lines as strings. */
interface Source {
  length: number;
  /** Where the content starts, past a byte order mark. */
  start: number;
  code(at: number): number;
  /** Where the line from `at` ends: its `\n`, or the end. */
  lineEnd(at: number): number;
  /** Where the spaces and tabs from `start` end, before `end` (each source reads its own content: a call per character was most of blanking a long document). */
  indentEnd(start: number, end: number): number;
  /** A line's characters, bytes read as latin1 (the scan's patterns are ASCII). */
  line(start: number, end: number): string;
  /** A stretch of the content as text, bytes decoded as UTF-8. */
  text(start: number, end: number): string;
  /** Where a line starting `kind` (or `"kind`, `'kind`) starts, from `at`; -1 when none does. */
  nextKindLine(at: number): number;
  /** Whether a line starting `---` or `...` starts after `at`. */
  hasMarker(at: number): boolean;
}

/*
 * One object per file, its methods on the prototype: a source made of closures cost ten
 * allocations a file, and over 50,000 manifests that garbage grew the young generation.
 */
class TextSource implements Source {
  readonly length: number;
  readonly start: number;
  constructor(private readonly content: string) {
    this.length = content.length;
    this.start = content.charCodeAt(0) === 0xfeff ? 1 : 0;
  }
  code(at: number): number {
    return this.content.charCodeAt(at);
  }
  lineEnd(at: number): number {
    return endOf(this.content.indexOf("\n", at), this.length);
  }
  indentEnd(start: number, end: number): number {
    const content = this.content;
    let at = start;
    for (let c = content.charCodeAt(at); at < end && (c === 0x20 || c === 0x09); c = content.charCodeAt(++at));
    return at;
  }
  line(start: number, end: number): string {
    return this.content.slice(start, end);
  }
  text(start: number, end: number): string {
    return this.content.slice(start, end);
  }
  nextKindLine(at: number): number {
    KIND_START.lastIndex = at;
    return KIND_START.exec(this.content)?.index ?? -1;
  }
  hasMarker(at: number): boolean {
    return this.content.includes("\n---", at) || this.content.includes("\n...", at);
  }
}

/** Needles searched for in bytes, made once (a string needle is made into bytes at each search). */
const KIND_BYTES = Buffer.from("kind");
const START_BYTES = Buffer.from("\n---");
const END_BYTES = Buffer.from("\n...");

class BytesSource implements Source {
  readonly length: number;
  readonly start: number;
  constructor(private readonly content: Buffer) {
    this.length = content.length;
    this.start = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? 3 : 0;
  }
  code(at: number): number {
    return this.content[at] ?? Number.NaN;
  }
  lineEnd(at: number): number {
    return endOf(this.content.indexOf(0x0a, at), this.length);
  }
  indentEnd(start: number, end: number): number {
    const content = this.content;
    let at = start;
    for (let c = content[at]; at < end && (c === 0x20 || c === 0x09); c = content[++at]);
    return at;
  }
  line(start: number, end: number): string {
    return this.content.toString("latin1", start, end);
  }
  text(start: number, end: number): string {
    return this.content.toString("utf8", start, end);
  }
  nextKindLine(at: number): number {
    const bytes = this.content;
    for (let found = bytes.indexOf(KIND_BYTES, at); found !== -1; found = bytes.indexOf(KIND_BYTES, found + 4)) {
      const quoted = found > 0 && (bytes[found - 1] === 0x22 || bytes[found - 1] === 0x27);
      const start = quoted ? found - 1 : found;
      if (start === 0 || bytes[start - 1] === 0x0a) return start;
    }
    return -1;
  }
  hasMarker(at: number): boolean {
    return this.content.includes(START_BYTES, at) || this.content.includes(END_BYTES, at);
  }
}

const sourceOf = (content: string | Buffer): Source => (typeof content === "string" ? new TextSource(content) : new BytesSource(content));

const KIND_START = /^["']?kind/gm;

const endOf = (found: number, length: number): number => (found === -1 ? length : found);

/** The kind the first plainly written `kind:` line at the first column names. */
function firstKind(source: Source): string | undefined {
  for (let at = source.nextKindLine(0); at !== -1; at = source.nextKindLine(at + 4)) {
    const kind = KIND_LINE.exec(source.line(at, source.lineEnd(at)));
    if (kind !== null) return kind[3];
  }
  return undefined;
}

/** Per document, state of the scan. */
interface Scan {
  /** Where the document's lines start: after the marker line before it, or at the content's start. */
  start: number;
  /** Whether a content line was met. */
  content: boolean;
  kindLines: number;
  apiVersionLines: number;
  kind: string | undefined;
  /** Whether no line but blank ones came since the kind's line. */
  afterKind: boolean;
}

const freshScan = (start: number): Scan => ({ start, content: false, kindLines: 0, apiVersionLines: 0, kind: undefined, afterKind: false });

/** Whether the line from `start` to `end` holds only spaces, tabs or a CR. */
function blank(source: Source, start: number, end: number): boolean {
  let at = source.indentEnd(start, end);
  // A carriage return among the spaces (a CRLF line's end) is blank too.
  while (at < end && source.code(at) === 0x0d) at = source.indentEnd(at + 1, end);
  return at >= end;
}

/** Whether the line from `start` to `end` is a comment, indented or not. */
function comment(source: Source, start: number, end: number): boolean {
  const at = source.indentEnd(start, end);
  return at < end && source.code(at) === 0x23;
}

function plainDocumentsOf(source: Source): PlainDocument[] | undefined {
  const documents: PlainDocument[] = [];
  let scan = freshScan(source.start);
  /** Ends the document at `end`; false when it is not plainly written. */
  const close = (end: number): boolean => {
    if (!scan.content) return true;
    if (scan.kindLines !== 1 || scan.apiVersionLines !== 1 || scan.kind === undefined) return false;
    documents.push({ kind: scan.kind, start: scan.start, end });
    return true;
  };
  for (let at = source.start; at <= source.length; ) {
    const end = source.lineEnd(at);
    const first = source.code(at);
    if (scan.afterKind && !blank(source, at, end)) {
      // The kind's word goes on over an indented line (`kind: Secret` then `  more` is "Secret more").
      if (first === 0x20 || first === 0x09) return undefined;
      scan.afterKind = false;
    }
    if (!scan.content) {
      if (!blank(source, at, end) && !comment(source, at, end)) {
        const line = source.line(at, end);
        if (first === 0x2d || first === 0x2e) {
          // `---` starts a document, `...` ends one; `--- value` or `--- !tag` is not plain.
          if (!MARKER.test(line) || !close(at)) return undefined;
          scan = freshScan(end + 1);
        } else {
          if (!PLAIN_KEY.test(line)) return undefined;
          scan.content = true;
          if (!count(line, scan)) return undefined;
        }
      }
    } else if (first !== 0x20 && first !== 0x0d && at !== end) {
      // Past a document's first line, only lines at the first column matter, and most are indented.
      const line = source.line(at, end);
      if ((first === 0x2d && line.startsWith("---")) || (first === 0x2e && line.startsWith("..."))) {
        if (!MARKER.test(line) || !close(at)) return undefined;
        scan = freshScan(end + 1);
      } else if (!count(line, scan)) return undefined;
    }
    at = end + 1;
  }
  return close(source.length) ? documents : undefined;
}

/** Counts a line at the first column of a document's content; false when it makes the document not plain. */
function count(line: string, scan: Scan): boolean {
  // A complex key (`? kind`) could hold the document's kind out of sight.
  if (line.charCodeAt(0) === 0x3f) return false;
  if (KIND_KEY.test(line)) {
    scan.kindLines++;
    const kind = KIND_LINE.exec(line);
    if (kind === null) return false;
    scan.kind = kind[3];
    scan.afterKind = true;
  } else if (API_VERSION_KEY.test(line)) scan.apiVersionLines++;
  return true;
}
