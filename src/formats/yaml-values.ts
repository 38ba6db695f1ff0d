import { CORE_SCHEMA, load, loadAll, types } from "js-yaml-4";
import { MAX_NESTING } from "./bounded-parse.js";
import { stripBom } from "./positions.js";
import { ownString } from "../own-string.js";
import { blockDocumentValues as readBlockDocuments, type ReadValue } from "./yaml-block-values.js";

/**
 * js-yaml 4 with the same schema as the js-yaml 5 path in yaml.ts (YAML 1.2 core plus `<<`):
 * it loads Kubernetes manifests about four times faster, and gives the same values on every
 * YAML file of the test corpus and of the public repositories it was compared on. It is only
 * the fast path: anything it refuses goes to js-yaml 5, whose errors, depth bound and
 * leniency repair are the ones norecur reports, so an error reads the same either way.
 */
const SCHEMA = CORE_SCHEMA.extend({ implicit: [types.merge] });

/**
 * Complex keys (`? key`, a flow collection as a key, as in `{{ name }}: x` or `cell: {{cell}}`
 * templates, but not the `{{ }}` of text in a block scalar): js-yaml 4 turns them into strings such as "[object Object]" where js-yaml 5
 * refuses the file. A text that may hold one takes the js-yaml 5 path; a false alarm (a quoted
 * `{a}: b`) costs only time. A mapping key that slips through is caught after loading.
 */
const EXPLICIT_KEY = /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)/m;
const FLOW_KEY = /[\]}][ \t]*:(?:[ \t]|$)/m;
const MAPPING_KEY = /[:,[{-][ \t]*\{[ \t]*[[{]/;

/**
 * Whether a text may hold a complex key. One pattern per form, each tried only when the text has
 * the character it needs: a single pattern of three alternatives starting with `^` was tried at
 * every offset of every file (3 µs a manifest).
 */
export function maybeComplexKey(text: string): boolean {
  if (text.includes("?") && EXPLICIT_KEY.test(text)) return true;
  if ((text.includes("]") || text.includes("}")) && FLOW_KEY.test(text)) return true;
  return text.includes("{") && MAPPING_KEY.test(text);
}

/** The string js-yaml 4 makes of a mapping used as a key. */
const OBJECT_KEY = "[object Object]";

/**
 * The documents' values, or undefined when the slow path must decide (an error or a complex key).
 * `share`: short values the lines read are shared with equal ones of other files (for documents
 * kept to the end of the run; see yaml-block-values.ts).
 */
export function fastYamlValues(text: string, share = true): unknown[] | undefined {
  // Most manifests are read from their lines (yaml-block-values.ts); the rest by js-yaml 4. The
  // lines hold no complex key: every key is a plain scalar, and a flow collection with a mapping
  // for a key is given up on.
  const block = blockDocumentValues(text, share);
  if (block !== undefined) return block;
  if (maybeComplexKey(text)) return undefined;
  const values: unknown[] = [];
  try {
    loadAll(text, (value) => values.push(value), { schema: SCHEMA });
  } catch {
    // Syntax errors, and the stack overflow of hostile nesting: js-yaml 5 has the depth bound.
    return undefined;
  }
  // Only a flow mapping can be a key that the patterns above missed.
  let shallow = true;
  let jsonNumbers = true;
  for (const value of values) {
    const walked = ownLongStrings(value, text.includes("{"), text.includes("*"));
    if (walked.objectKey) return undefined;
    shallow &&= walked.shallow;
    jsonNumbers &&= walked.jsonNumbers;
  }
  if (shallow) shallowReads.add(values);
  if (shallow && jsonNumbers) jsonExactReads.add(values);
  return values;
}

/** The values of a plain text's documents read from its lines (yaml-block-values.ts), or undefined. */
export function blockDocumentValues(text: string, share = true): unknown[] | undefined {
  const block = readBlockDocuments(text, SCHEMA.compiledImplicit, flowValue, share);
  if (block === undefined) return undefined;
  const values = block.values;
  // A tree (no aliases) within MAX_BLOCK_DEPTH plus a flow collection's 100 levels.
  shallowReads.add(values);
  if (block.jsonNumbers) jsonExactReads.add(values);
  // Every null the lines read is an empty document: a document's root there is a collection.
  if (values.includes(null)) emptyByLines.add(values);
  return values;
}

/** Values read from the lines in which every null is an empty document, which the parser drops without the event stream. */
const emptyByLines = new WeakSet<readonly unknown[]>();

/** Whether every null of these values is known to be an empty document (not an explicit `null`). */
export function nullsAreEmptyDocuments(values: readonly unknown[]): boolean {
  return emptyByLines.has(values);
}

/**
 * A one-line flow collection of a block document, as js-yaml 4 loads it on its own: its lists
 * fitted and long strings made its own as for a whole file (the loader's strings are slices of
 * its copy of the text), or undefined where it refuses it or a key is a mapping.
 */
function flowValue(source: string): ReadValue | undefined {
  let value: unknown;
  try {
    value = load(source, { schema: SCHEMA });
  } catch {
    return undefined;
  }
  const walked = ownLongStrings(value, true, false);
  if (walked.objectKey || !walked.shallow) return undefined;
  return { value: Array.isArray(value) ? value.slice() : value, jsonNumbers: walked.jsonNumbers };
}

/**
 * Values the fast path measured as trees no deeper than {@link MAX_NESTING}: the depth bound of
 * bounded-parse.ts need not walk them again. A value with a shared or cyclic part (YAML aliases)
 * is never vouched for here; the bound measures it as always.
 */
const shallowReads = new WeakSet<readonly unknown[]>();

/** Whether {@link fastYamlValues} measured these values within the nesting bound. */
export function measuredShallow(values: readonly unknown[]): boolean {
  return shallowReads.has(values);
}

/**
 * Values JSON carries exactly: trees within the bound whose numbers are all finite and none
 * is -0 (`.nan`, `.inf` and `-0` become `null` and `0` in JSON). Strings, lone surrogates
 * included, and keys, `__proto__` included, survive JSON.stringify and JSON.parse as they are.
 */
const jsonExactReads = new WeakSet<readonly unknown[]>();

/** Whether `JSON.parse(JSON.stringify(values))` gives back values equal to these, in key order too. */
export function jsonExact(values: readonly unknown[]): boolean {
  return jsonExactReads.has(values);
}

/**
 * Strings at least this long are, in V8, slices of the text js-yaml 4 read: a copy of the whole
 * file it makes (it appends a terminator), which every such slice keeps alive. A repository of
 * 50,000 manifests kept about 30 MB of those copies alive, for one image name each.
 */
const SLICED_LENGTH = 13;

/**
 * Makes every long string of `value` a string of its own (not a slice of js-yaml's copy of the
 * file); says whether some mapping has the key js-yaml 4 makes of a mapping key (looked for only
 * when `findObjectKeys`), whether `value` is a tree (no part reached twice) whose objects
 * nest no deeper than {@link MAX_NESTING}, as bounded-parse.ts counts, and whether JSON writes
 * each of its numbers exactly.
 */
function ownLongStrings(value: unknown, findObjectKeys: boolean, mayAlias: boolean): { objectKey: boolean; shallow: boolean; jsonNumbers: boolean } {
  // Only an alias (`*name`) makes js-yaml reach a node twice: without a `*` in the text every
  // node is new, and remembering each one (most of this walk's time) would find nothing.
  const seen = mayAlias ? new Set<object>() : undefined;
  const stack: unknown[] = [value];
  // Depth of each object on the stack, pushed alongside it (0 for the root).
  const depths: number[] = [0];
  let shallow = true;
  let jsonNumbers = true;
  while (stack.length > 0) {
    const next = stack.pop();
    const depth = depths.pop() ?? 0;
    if (typeof next === "number") {
      if (!jsonNumber(next)) jsonNumbers = false;
      continue;
    }
    if (next === null || typeof next !== "object") continue;
    if (seen?.has(next)) {
      shallow = false;
      continue;
    }
    seen?.add(next);
    if (depth > MAX_NESTING) shallow = false;
    if (Array.isArray(next)) {
      for (let i = 0; i < next.length; i++) {
        const child: unknown = next[i];
        if (typeof child === "string") {
          if (child.length >= SLICED_LENGTH) next[i] = ownString(child);
        } else {
          stack.push(Array.isArray(child) ? (next[i] = fitted(child, seen)) : child);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    const record = next as Record<string, unknown>;
    if (findObjectKeys && Object.hasOwn(record, OBJECT_KEY)) return { objectKey: true, shallow: false, jsonNumbers: false };
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (typeof child === "string") {
        if (child.length >= SLICED_LENGTH) record[key] = ownString(child);
      } else {
        stack.push(Array.isArray(child) ? (record[key] = fitted(child, seen)) : child);
        depths.push(depth + 1);
      }
    }
  }
  return { objectKey: false, shallow, jsonNumbers };
}

/**
 * A copy of a list js-yaml 4 built, in storage of its exact length: it grows each list by
 * pushing, which reserves room for 17 elements (184 bytes for a list of one, against 72), and
 * every list of every file is kept to the end of a run. A list reached before (a YAML alias) is
 * left as it is, so the walk still finds it shared; the original is marked seen for that.
 */
function fitted(list: unknown[], seen: Set<object> | undefined): unknown[] {
  if (seen?.has(list)) return list;
  seen?.add(list);
  return list.slice();
}

/** A number JSON writes and reads back as itself: finite, and not -0. */
function jsonNumber(n: number): boolean {
  return Number.isFinite(n) && !Object.is(n, -0);
}

/**
 * The values of a YAML file's documents when the fast path reads the file whole, else
 * undefined. A null or missing value needs the event stream to tell an empty document from an
 * explicit `null`, so a file with one takes the slow path too, unless the lines read it (where
 * a null is always an empty document; the parse worker's copy of the values does not say so,
 * and the parser reads the event stream for it then). The YAML parser and the parse
 * worker (src/parse/worker.ts) both decide here, so they never disagree.
 */
export function fastDocumentValues(raw: string, share = true): unknown[] | undefined {
  const fast = fastYamlValues(stripBom(raw), share);
  if (fast === undefined) return undefined;
  return emptyByLines.has(fast) || !fast.some((value) => value === null || value === undefined) ? fast : undefined;
}
