/*
 * The kinds of a Kubernetes file's objects, read from its lines before it is parsed, so that a
 * file no active policy reads anything of is not parsed at all. CustomResourceDefinitions are
 * the reason: they are schemas of other objects, often megabytes of OpenAPI each, and no
 * built-in policy reads one; on bitnami/charts they were half the run (docs/performance.md,
 * "Objects no policy reads").
 *
 * Only a file whose every document is plainly written says anything: a block mapping starting at
 * the first column with exactly one `apiVersion:` and one `kind:` line there, the kind a plain or
 * quoted word. Anything else (JSON, flow mappings, an indented document, a kind-less
 * kustomization file, directives) is parsed as before. A top-level key sits at the first column,
 * so the document's own `kind` is one of those lines; the only other lines there are the
 * continuations of a quoted scalar or a flow collection, and a document whose only `kind:` line
 * is one of those would have to have no kind of its own and an `apiVersion:` line faked the same
 * way.
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

/**
 * The kinds of the objects of a Kubernetes file, one per document, when every document is an
 * object written plainly (above) and `reads` takes none of their kinds; `undefined` when the
 * file must be parsed: some kind is read, or the lines do not show every kind plainly.
 */
export function unreadKinds(text: string, reads: (kind: string) => boolean): string[] | undefined {
  // Most files are objects some policy reads, and the first `kind:` line says so.
  const first = KIND_LINE.exec(text);
  if (first === null || reads(first[3] as string)) return undefined;
  const kinds = plainKinds(text);
  return kinds === undefined || kinds.length === 0 || kinds.some(reads) ? undefined : kinds;
}

/** Per document, state of the scan. */
interface Scan {
  /** Whether a content line was met. */
  content: boolean;
  kindLines: number;
  apiVersionLines: number;
  kind: string | undefined;
  /** Whether no line but blank ones came since the kind's line. */
  afterKind: boolean;
}

/** Whether the line from `start` to `end` holds only spaces, tabs or a CR. */
function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** The kind of every non-empty document, or undefined when a document is not plainly written. */
export function plainKinds(text: string): string[] | undefined {
  const kinds: string[] = [];
  let scan: Scan = { content: false, kindLines: 0, apiVersionLines: 0, kind: undefined, afterKind: false };
  const close = (): boolean => {
    if (!scan.content) return true;
    if (scan.kindLines !== 1 || scan.apiVersionLines !== 1 || scan.kind === undefined) return false;
    kinds.push(scan.kind);
    return true;
  };
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at <= text.length) {
    const newline = text.indexOf("\n", at);
    const end = newline === -1 ? text.length : newline;
    const first = text.charCodeAt(at);
    if (scan.afterKind && !blank(text, at, end)) {
      // The kind's word goes on over an indented line (`kind: Secret` then `  more` is "Secret more").
      if (first === 0x20 || first === 0x09) return undefined;
      scan.afterKind = false;
    }
    // Past a document's first line, only lines at the first column matter, and most are indented.
    if (!(scan.content && (first === 0x20 || at === end || first === 0x0d))) {
      const line = text.slice(at, end);
      // `---` starts a document, `...` ends one; `--- value` or `--- !tag` is not plain, nor a directive.
      if ((first === 0x2d && line.startsWith("---")) || (first === 0x2e && line.startsWith("..."))) {
        if (!MARKER.test(line) || !close()) return undefined;
        scan = { content: false, kindLines: 0, apiVersionLines: 0, kind: undefined, afterKind: false };
      } else if (!scan.content) {
        const trimmed = line.trim();
        if (trimmed !== "" && !trimmed.startsWith("#")) {
          if (!PLAIN_KEY.test(line)) return undefined;
          scan.content = true;
          if (!count(line, scan)) return undefined;
        }
      } else if (!count(line, scan)) return undefined;
    }
    at = end + 1;
  }
  return close() ? kinds : undefined;
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
