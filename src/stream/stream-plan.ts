import { adapterFormats, adapterJoinFormats, adapterStreams } from "../adapters/index.js";
import type { BatchAdapter, ParsedDocument } from "../adapters/adapter.js";
import { joinTestsOnce, type JoinTest } from "../adapters/join-tests.js";
import { readingObjects, type ObjectsRead } from "./objects-read.js";
import type { SubjectKind } from "../types.js";

/** Which files of a run go in batches, and how each kind makes a batch's subjects (docs/streaming.md). */
export interface StreamPlan {
  /**
   * Whether a file is read before any batch and kept to the end: it may hold a document other
   * documents join with, or its format is one a kind joins in (a `skaffold.yaml`, a `.env`).
   */
  first(path: string, format: string, text: string): boolean;
  /** Whether a file's name alone makes it read first, whatever its text (`kustomization.yaml`). */
  firstByName(name: string): boolean;
  /**
   * Of a file `first` took, once parsed: whether it is kept to the end after all. A file taken
   * only because its text may name a document others join with, and whose documents hold none
   * (`AdapterStream.joinsWith`), can go in the batches like any other.
   */
  keptFirst(path: string, format: string, text: string, documents: readonly ParsedDocument[]): boolean;
  /**
   * Whether every kind that reads this file first (see `first`) keeps only (`keepsOnly`): a file
   * that turns up late then changes what those kinds kept, not the subjects policies judged.
   */
  changesKeptOnly(path: string, format: string, text: string): boolean;
  /** The kinds that keep only, among those the run reads. */
  keepsOnly: ReadonlySet<string>;
  /**
   * What the kinds keeping only need to know of a file's documents to tell later whether they
   * may keep anything of it (their `keepWords`, together), or undefined when one cannot say.
   */
  keepWords(documents: readonly ParsedDocument[]): string[] | undefined;
  /** Once the first files are read: the batches' adapters, or undefined when nothing streams. */
  start(context: readonly ParsedDocument[], roots: readonly string[]): Batches | undefined;
}

/** How the rest of the files are taken. */
export interface Batches {
  /** Whether documents of this format go in batches. */
  streams(format: string): boolean;
  /** The kinds the run reads that make subjects of batches, with how they do it. */
  adapters: ReadonlyMap<string, BatchAdapter>;
}

/**
 * The plan for a run reading `kinds`. A format streams when every kind read either does not read
 * it or takes it in batches; what a kind needs of a batched document at the end it keeps itself
 * (`BatchAdapter.keep`). `objects`: per kind, the Kubernetes objects its batches' subjects are
 * made of (the rest would be subjects every policy reading the kind refutes; objects-read.ts).
 */
export function streamPlan(kinds: ReadonlySet<string>, objects: ReadonlyMap<string, ObjectsRead> = new Map()): StreamPlan {
  const read = [...kinds] as SubjectKind[];
  const joinedIn = new Set(read.flatMap((kind) => Object.values(adapterJoinFormats[kind] ?? {}).flat()));
  const verdicts = new Map<string, boolean>();
  const joinTests = new Map<string, Array<(path: string, text: string) => boolean>>();
  const mayStream = (format: string): boolean => {
    let verdict = verdicts.get(format);
    if (verdict === undefined) {
      verdict = !joinedIn.has(format) && read.every((kind) => !reads(kind, format) || adapterStreams[kind]?.takes(format) === true);
      verdicts.set(format, verdict);
    }
    return verdict;
  };
  const keepsOnly = new Set(read.filter((kind) => adapterStreams[kind]?.keepsOnly === true));
  let byName: JoinTest[] | undefined;
  return {
    first(path, format, text) {
      if (joinedIn.has(format)) return true;
      if (!mayStream(format)) return false;
      let tests = joinTests.get(format);
      if (tests === undefined) {
        // A test that several kinds make (Kustomizations, for three of them) runs once, and their searches of the text are one.
        tests = joinTestsOnce(read.flatMap((kind) => (adapterStreams[kind]?.takes(format) === true ? [adapterStreams[kind].joins] : [])));
        joinTests.set(format, tests);
      }
      return tests.some((joins) => joins(path, text));
    },
    firstByName(name) {
      // Asked of every file a walk lists: each distinct test once, as `first` runs them.
      byName ??= joinTestsOnce(read.flatMap((kind) => adapterStreams[kind]?.joins ?? []));
      return byName.some((joins) => joins(name, ""));
    },
    keptFirst(path, format, text, documents) {
      if (joinedIn.has(format) || !mayStream(format)) return true;
      return read.some((kind) => {
        const stream = adapterStreams[kind];
        return stream?.takes(format) === true && stream.joins(path, text) && (stream.joinsWith?.(documents) ?? true);
      });
    },
    changesKeptOnly(path, format, text) {
      // A format joined in is read by the kinds that join it in, which make subjects of it.
      if (joinedIn.has(format) || !mayStream(format)) return false;
      return read.every((kind) => keepsOnly.has(kind) || adapterStreams[kind]?.takes(format) !== true || !adapterStreams[kind].joins(path, text));
    },
    keepsOnly,
    keepWords(documents) {
      const words: string[] = [];
      for (const kind of keepsOnly) {
        const of = adapterStreams[kind as SubjectKind]?.keepWords;
        if (of === undefined) return undefined;
        words.push(...of(documents));
      }
      return words;
    },
    start(context, roots) {
      const adapters = new Map<string, BatchAdapter>();
      for (const kind of read) {
        const stream = adapterStreams[kind];
        if (stream === undefined) continue;
        const adapter = stream.prepare(context, roots);
        const reads = objects.get(kind);
        adapters.set(kind, reads === undefined ? adapter : readingObjects(adapter, reads));
      }
      return adapters.size === 0 ? undefined : { streams: mayStream, adapters };
    },
  };
}

/** Whether the kind's adapter reads documents of the format, for its own subjects or to join them in. */
function reads(kind: SubjectKind, format: string): boolean {
  const own = adapterFormats[kind];
  if (own === undefined || own.includes(format)) return true;
  return Object.values(adapterJoinFormats[kind] ?? {}).some((joined) => joined.includes(format));
}
