import type { ImplicitType } from "js-yaml-4";
import { blockTrees, type BlockEntry, type BlockNode } from "./yaml-block-tree.js";
import { unescapeDoubleQuoted } from "./yaml-double-quoted.js";
import { SharedCopies } from "../shared-copies.js";

/**
 * The values of a plain YAML text's documents, built from their block structure
 * (yaml-block-tree.ts) instead of by a YAML library: most manifests are block mappings and
 * sequences of one-line scalars, and reading those from their lines takes a fraction of
 * js-yaml 4's time (and of its garbage). The values are the ones js-yaml 4 loads with the same
 * schema, to the key order: plain scalars are typed by that schema's own implicit types, in its
 * order; keys are the strings it makes of them; a block scalar's value is made as it makes it;
 * a one-line flow collection is loaded by js-yaml 4 itself (`readFlow`). A property test holds
 * the two together on generated documents and on the repository's YAML files.
 *
 * Undefined, so that the caller loads the text with js-yaml 4, for anything the tree does not
 * read and for what js-yaml 4 reads otherwise or refuses: a duplicate key, a character js-yaml
 * calls non-printable (or any surrogate), an unknown escape in a double-quoted scalar, a plain
 * value starting with `- `, nesting deeper than {@link MAX_BLOCK_DEPTH}, a flow collection with
 * an anchor, alias or tag, or one `readFlow` gives up on.
 */
export function blockDocumentValues(
  text: string,
  implicit: readonly ImplicitType[],
  readFlow: (source: string) => ReadValue | undefined,
  share = true,
): ReadValues | undefined {
  if (NOT_PRINTABLE_ASCII.test(text) && NON_PRINTABLE.test(text)) return undefined;
  const roots = blockTrees(text);
  if (roots === undefined) return undefined;
  const builder = new ValueBuilder(text, implicit, readFlow, share);
  const values: unknown[] = new Array(roots.length);
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i];
    // An empty document is null, as js-yaml loads it.
    const value = root === undefined ? null : builder.build(root, 0);
    if (value === GIVE_UP) return undefined;
    values[i] = value;
  }
  return { values, jsonNumbers: builder.jsonNumbers };
}

/** The documents' values read from the lines, and whether JSON writes each of their numbers exactly. */
export interface ReadValues {
  values: unknown[];
  jsonNumbers: boolean;
}

/**
 * A value read (a document's, or a flow collection's as js-yaml 4 loads it), and whether JSON
 * writes each of its numbers exactly (finite, not -0).
 */
export interface ReadValue {
  value: unknown;
  jsonNumbers: boolean;
}

/**
 * Collections nested deeper than this are left to js-yaml 4, which refuses past 100 levels.
 * With a one-line flow collection (which js-yaml bounds at 100 itself) a value stays far within
 * the run's bound (bounded-parse.ts), so its values need no second measurement.
 */
export const MAX_BLOCK_DEPTH = 64;

/**
 * The characters js-yaml 4 refuses in a scalar, and every surrogate (it refuses only lone ones,
 * but one class is faster to test than its pattern): applied to the whole text, comments included.
 */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Any character but a line break and printable ASCII (all of {@link NON_PRINTABLE} among them),
 * tried first: most texts hold none, and a class of three ranges is tested in two thirds of the
 * time of that one (0.5% of a run over 10,000 manifests).
 */
const NOT_PRINTABLE_ASCII = /[\x00-\x09\x0B-\x1F\x7F-\uFFFF]/;

/**
 * What a flow collection may not hold here: an anchor, alias or tag could tie it to the rest of
 * the file. They start a node (after `[`, `{`, `,` or `:`); inside a quoted scalar or a plain
 * word (`["*"]`, `prefix.example.*`) the same characters are text.
 */
const FLOW_TIE = /(?:^|[[{,:])\s*[&*!]/;

/** Quoted scalars of a flow collection, to be left out when looking for ties. */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g;

function hasFlowTie(source: string): boolean {
  return FLOW_TIE.test(source.includes('"') || source.includes("'") ? source.replace(QUOTED, '""') : source);
}

const GIVE_UP: unique symbol = Symbol("give up");

/**
 * First characters a plain scalar of the core schema's implicit types can start with (null `~`
 * and `null`, booleans, numbers, `.inf` and `.nan`, the merge key `<<`); any other plain scalar
 * is a string without asking the types.
 */
const TYPED_START = new Set("~nNtTfF-+.0123456789<".split("").map((c) => c.charCodeAt(0)));

class ValueBuilder {
  jsonNumbers = true;

  constructor(
    private readonly text: string,
    private readonly implicit: readonly ImplicitType[],
    private readonly readFlow: (source: string) => ReadValue | undefined,
    /** Whether short values are shared with other files' ({@link shared}): for documents kept to the end. */
    private readonly share: boolean,
  ) {}

  private shared(value: string): string {
    return this.share ? shared(value) : value;
  }

  build(node: BlockNode, depth: number): unknown {
    if (depth > MAX_BLOCK_DEPTH) return GIVE_UP;
    switch (node.kind) {
      case "scalar":
        return this.scalar(node.start, node.end);
      case "flow":
        return this.flow(node.start, node.end);
      case "block":
      case "quoted":
        return node.value;
      case "lines":
        // Never one of the core schema's other types (none holds a space or a line break), but asked alike.
        return this.typed(node.value);
      case "sequence": {
        // Storage of the list's own length: a list grown by pushing reserves room for 17 (yaml-values.ts).
        const list: unknown[] = new Array(node.items.length);
        for (let i = 0; i < node.items.length; i++) {
          const item = this.build(node.items[i] as BlockNode, depth + 1);
          if (item === GIVE_UP) return GIVE_UP;
          list[i] = item;
        }
        return list;
      }
      case "mapping": {
        const record: Record<string, unknown> = {};
        const entries = node.entries;
        for (let i = 0; i < entries.length; i++) {
          const entry = entries[i] as BlockEntry;
          const key = entry.quoted ? entry.key : String(this.typed(entry.key));
          const value = entry.value === undefined ? null : this.build(entry.value, depth + 1);
          if (value === GIVE_UP) return GIVE_UP;
          // As js-yaml sets it: a `__proto__` key is an own property, not the prototype.
          if (key === "__proto__") Object.defineProperty(record, key, { configurable: true, enumerable: true, writable: true, value });
          else record[key] = value;
        }
        // js-yaml 4 refuses a duplicate key (js-yaml 5's message is the one reported): a key
        // written twice leaves fewer own keys than entries. Asking the record for each key
        // before writing it was a lookup of a name it does not have, on an object of a new shape
        // each time: the slowest path of a property read (0.4% of a run over 10,000 manifests).
        if (entries.length > 1 && Object.keys(record).length !== entries.length) return GIVE_UP;
        return record;
      }
    }
  }

  private scalar(start: number, end: number): unknown {
    const text = this.text;
    const quote = text.charCodeAt(start);
    if (quote === 0x22) {
      const inner = unescapeDoubleQuoted(text.slice(start + 1, end - 1));
      return inner === undefined ? GIVE_UP : this.shared(inner);
    }
    if (quote === 0x27) return this.shared(text.slice(start + 1, end - 1).replaceAll("''", "'"));
    // `key: - x` is no scalar to js-yaml (a sequence entry where none may start).
    if (quote === 0x2d && (end === start + 1 || text.charCodeAt(start + 1) === 0x20)) return GIVE_UP;
    const value = this.typed(text.slice(start, end));
    if (typeof value === "number" && (!Number.isFinite(value) || Object.is(value, -0))) this.jsonNumbers = false;
    return typeof value === "string" ? this.shared(value) : value;
  }

  /** A plain scalar typed as the schema types it: the first implicit type that resolves it. */
  private typed(source: string): unknown {
    if (!TYPED_START.has(source.charCodeAt(0))) return source;
    for (const type of this.implicit) if (type.resolve(source)) return type.construct(source);
    return source;
  }

  private flow(start: number, end: number): unknown {
    const source = this.text.slice(start, end);
    const simple = this.simpleFlow(source);
    if (simple !== undefined) return simple;
    if (hasFlowTie(source)) return GIVE_UP;
    const read = this.readFlow(source);
    if (read === undefined) return GIVE_UP;
    if (!read.jsonNumbers) this.jsonNumbers = false;
    return read.value;
  }

  /**
   * The flow collections manifests are full of, read here: `{}`, `[]`, and one level of plain
   * words (`{ cpu: 500m, memory: 256Mi }`, `[get, list, watch]`) or quoted scalars without an
   * escape or a comma (`apiGroups: [""]`, `drop: ["ALL"]`, `command: ["sh", "-c"]`), mapping keys
   * plain. Undefined for anything else (nesting, a `:` or space inside a plain word, an entry
   * without a value, a trailing comma).
   */
  private simpleFlow(source: string): unknown {
    const inner = source.slice(1, -1).trim();
    const mapping = source.charCodeAt(0) === 0x7b;
    if (inner === "") return mapping ? {} : [];
    const parts = inner.split(",");
    if (mapping) {
      const record: Record<string, unknown> = {};
      for (const part of parts) {
        const pair = FLOW_PAIR.exec(part);
        if (pair === null) return undefined;
        const key = String(this.typed(pair[1] as string));
        if (Object.hasOwn(record, key)) return undefined;
        const value = this.flowScalar(pair, 2);
        if (typeof value === "number" && (!Number.isFinite(value) || Object.is(value, -0))) return undefined;
        if (key === "__proto__") return undefined;
        record[key] = typeof value === "string" ? this.shared(value) : value;
      }
      return record;
    }
    const list: unknown[] = new Array(parts.length);
    for (let i = 0; i < parts.length; i++) {
      const word = FLOW_WORD.exec(parts[i] as string);
      if (word === null) return undefined;
      const value = this.flowScalar(word, 1);
      if (typeof value === "number" && (!Number.isFinite(value) || Object.is(value, -0))) return undefined;
      list[i] = typeof value === "string" ? this.shared(value) : value;
    }
    return list;
  }

  /** The scalar a {@link FLOW_SCALAR} matched from group `at`: a plain word typed, a quoted one as written. */
  private flowScalar(match: RegExpExecArray, at: number): unknown {
    const plain = match[at];
    if (plain !== undefined) return this.typed(plain);
    const double = match[at + 1];
    return double !== undefined ? double : (match[at + 2] as string).replaceAll("''", "'");
  }
}

/**
 * Short values seen before, shared: manifests repeat theirs (`apps/v1`, `Deployment`, `web`,
 * `500m`, a namespace), each read into a string of its own that every document kept to the end
 * of the run keeps. Bounded, so that a run of unique values keeps the rest as they are; longer
 * values are mostly unique. Not for documents judged in a batch and let go (`share` false): a
 * lookup per value, 1% of a run over 10,000 manifests, that saved nothing.
 */
const sharedValues = new SharedCopies<string>(8192);
const SHARED_LENGTH = 24;

function shared(value: string): string {
  return value.length > SHARED_LENGTH ? value : sharedValues.of(value, value);
}

/**
 * A word a flow collection holds as a plain scalar in every context: no indicator, quote, `:`,
 * `#` or space, not starting with `-` or `?` (and `.` only as in `.5`, which the types read).
 */
const WORD = "[A-Za-z0-9_./+~][A-Za-z0-9_./+~-]*";

/** A plain word, or a quoted scalar with no escape (and no comma: the entries were split at every one). */
const FLOW_SCALAR = `(?:(${WORD})|"([^"\\\\]*)"|'((?:[^']|'')*)')`;
const FLOW_WORD = new RegExp(`^ *${FLOW_SCALAR} *$`);
const FLOW_PAIR = new RegExp(`^ *(${WORD}): +${FLOW_SCALAR} *$`);
