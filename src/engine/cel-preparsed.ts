import { closeSync, openSync, readSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { parse } from "@bufbuild/cel";
import { celInterpreter } from "./cel-interpreter.js";

/** A parsed CEL expression, as `parse()` gives it. */
export type ParsedCel = ReturnType<typeof parse>;

/** Where one pre-parsed expression sits in the file of parsed expressions: byte offset and length. */
export type PreparsedSlice = readonly [offset: number, length: number];

/**
 * Expressions of the built-in pack parsed at build time, by source text. Parsing is most of
 * compiling a policy: the pack's 300-odd expressions take about 170 ms to parse in a cold
 * process, and a pre-commit run of a few files spent 19 ms parsing the 16 it needed. The build
 * stores each parsed tree in V8's serialization format (dist/builtin-cel.bin): decoding one is a
 * native call, about 0.1 ms cold, where decoding protobuf binary cost 10 ms for the first
 * sixteen. Keyed by the source text itself, so an entry can only ever stand for the expression
 * it was parsed from; one that does not decode to a parsed expression is parsed instead.
 */
const preparsed = new Map<string, { slice: PreparsedSlice; path: string }>();

/** While set, every expression parsed is recorded here (the build collects the pack's this way). */
let recording: Map<string, Buffer> | undefined;

/** Makes the expressions of a file the build wrote available to {@link parseCel}; each is read when first asked for. */
export function addPreparsed(index: Readonly<Record<string, PreparsedSlice>>, path: string): void {
  for (const [source, slice] of Object.entries(index)) {
    if (Array.isArray(slice) && slice.length === 2 && slice.every((n) => Number.isSafeInteger(n) && n >= 0)) preparsed.set(source, { slice, path });
  }
}

/**
 * Parses a CEL expression, or decodes it when the build parsed it already.
 * @throws Error with the parser's message for a syntax error, as `parse()` does.
 */
export function parseCel(source: string): ParsedCel {
  const entry = preparsed.get(source);
  const decoded = entry === undefined ? undefined : decode(readSlice(entry.path, entry.slice));
  if (entry !== undefined && decoded === undefined) preparsed.delete(source);
  if (decoded !== undefined) decodedTrees.add(decoded);
  const parsed = decoded ?? celInterpreter().parse(source);
  // Serialized now: the compiler rewrites parts of the tree afterwards (guard calls).
  if (recording !== undefined && !recording.has(source)) recording.set(source, serialize(canonical(stored(parsed))));
  return parsed;
}

/** Trees decoded from the build's file rather than parsed here. */
const decodedTrees = new WeakSet<ParsedCel>();

/** Whether `parsed` was decoded from the build's file of parsed expressions (see {@link parseCel}). */
export function wasPreparsed(parsed: ParsedCel): boolean {
  return decodedTrees.has(parsed);
}

/**
 * The tree as the build stores it: without `sourceInfo.macroCalls`, the calls as written that
 * the parser expanded (`has`, `all`, `exists`, `exists_one`, `map`, `filter`), each a copy of
 * its subtree. Only turning a tree back into source text reads them (`unparse`), which norecur
 * never does, and they were 580 KB of the file's 1,950: each run decoded them for nothing.
 */
function stored(parsed: ParsedCel): ParsedCel {
  const info = parsed.sourceInfo;
  return info === undefined ? parsed : { ...parsed, sourceInfo: { ...info, macroCalls: {} } };
}

/**
 * Runs `work` and returns, beside its result, every expression it parsed: one file of them
 * (`bytes`) and where each sits in it (`index`), for {@link addPreparsed}. Sorted, so a build
 * writes the same bytes every time.
 */
export function recordParses<T>(work: () => T): { result: T; index: Record<string, PreparsedSlice>; bytes: Buffer } {
  const previous = recording;
  const seen = new Map<string, Buffer>();
  recording = seen;
  try {
    const result = work();
    const index: Record<string, PreparsedSlice> = {};
    const parts: Buffer[] = [];
    let offset = 0;
    for (const source of [...seen.keys()].sort()) {
      const part = seen.get(source) as Buffer;
      index[source] = [offset, part.length];
      parts.push(part);
      offset += part.length;
    }
    return { result, index, bytes: Buffer.concat(parts) };
  } finally {
    recording = previous;
  }
}

/**
 * A copy of a parsed tree whose serialization depends only on its content: V8 writes an array
 * as dense or sparse, and a string as one-byte or two-byte, after how it happens to hold them,
 * and two builds of the same pack wrote different bytes. Fresh packed arrays, plain objects in
 * the same key order, and strings made from their JSON (one-byte exactly when every character
 * fits) give the build the same file every time.
 */
function canonical(value: unknown): unknown {
  if (typeof value === "string") return JSON.parse(JSON.stringify(value)) as string;
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Uint8Array) return Uint8Array.from(value);
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (const item of value) copy.push(canonical(item));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = canonical((value as Record<string, unknown>)[key]);
  return copy;
}

/**
 * The bytes of one entry (a run needs a few dozen of the file's entries, not the whole file).
 * The file stays open for the process: opening it for each entry cost more than reading it
 * (a Terraform repository compiles a few hundred expressions).
 */
function readSlice(path: string, [offset, length]: PreparsedSlice): Buffer | undefined {
  try {
    let fd = openFiles.get(path);
    if (fd === undefined) {
      fd = openSync(path, "r");
      openFiles.set(path, fd);
    }
    const bytes = Buffer.alloc(length);
    return readSync(fd, bytes, 0, length, offset) === length ? bytes : undefined;
  } catch {
    const fd = openFiles.get(path);
    openFiles.delete(path);
    try {
      if (fd !== undefined) closeSync(fd);
    } catch {
      // Already closed: nothing to release.
    }
    return undefined;
  }
}

/** The files of parsed expressions open for reading, by path: one per package in practice. */
const openFiles = new Map<string, number>();

function decode(bytes: Buffer | undefined): ParsedCel | undefined {
  if (bytes === undefined) return undefined;
  try {
    const value = deserialize(bytes) as Partial<ParsedCel> | null;
    return value?.$typeName === "cel.expr.ParsedExpr" && value.expr?.$typeName === "cel.expr.Expr" ? (value as ParsedCel) : undefined;
  } catch {
    // Damaged, or written by a V8 this one cannot read: parse the source instead.
    return undefined;
  }
}
