import type { ParsedDocument } from "../adapters/adapter.js";
import type { Candidate, UnrecognisedText } from "../discover/discover.js";
import type { PolicyStream } from "../engine/evaluate.js";
import { BATCH_DOCUMENTS, BatchOfDocuments } from "./batch-of-documents.js";
import { ownString } from "../own-string.js";
import type { Batches, StreamPlan } from "./stream-plan.js";

/**
 * Text discovery holds before the files that stream are judged as it reads them, when no file
 * read so far is one others join with (docs/streaming.md, "Judged while discovery reads").
 */
export const HOLD_BYTES = 1024 * 1024;

/**
 * Text taken at a time once files are judged during discovery: reading files one after the
 * other and parsing them one after the other is faster than alternating, and a chunk small
 * enough dies in the young generation.
 */
export const CHUNK_BYTES = 64 * 1024;

/** What reading the candidates needs of the run. */
export interface ReadOptions {
  plan: StreamPlan;
  /** Every policy of the run, judging each batch; asked again after a restart. */
  policies: () => readonly PolicyStream[];
  batchSize?: number | undefined;
  /** Text held before files are judged during discovery (default HOLD_BYTES); Infinity never does. */
  holdBytes?: number | undefined;
  /**
   * Parses a candidate (recording its file and any parse error, unless `record` is false), given
   * what a parse worker read of it. `transient`: its documents go in a batch, judged and let go
   * (ParseOptions.transient), rather than kept to the end.
   */
  parse: (candidate: Candidate, values: unknown[] | undefined, how?: { record?: boolean; transient?: boolean }) => ParsedDocument[];
  /** The values a parse worker read of a file, if one did; files are not judged during discovery then. */
  valuesFor?: ((path: string) => Promise<unknown[] | undefined>) | undefined;
  /**
   * Forgets what was judged during discovery (the files recorded, the parse errors, the
   * policies' parts), when a file others join with turns up after it.
   */
  restart: () => void;
  /** A candidate's text read again, when the text judged during discovery was let go. */
  readAgain: (candidate: Candidate) => UnrecognisedText;
  /** Records a candidate that could not be read again. */
  unreadable: (candidate: Candidate, reason: string) => void;
}

/** A file read first whose documents go in the batches after all, at its place in file order. */
interface BatchedFirst {
  order: number;
  parsed: ParsedDocument[];
}

/** The batches' plan once the files read first are parsed, and those of them that go in the batches. */
interface StartedAfterReadFirst {
  plan: Batches | undefined;
  batchedFirst: readonly BatchedFirst[];
}

/** The documents kept to the end, in file order, and what the batches left for each kind. */
export interface ReadDocuments {
  documents: ParsedDocument[];
  /** Each kept document's file's place in file order, where what a kind kept of the batches goes back in. */
  orders: number[];
  batches: BatchOfDocuments;
}

/** Judging during discovery: what is held until it starts, then what it has taken. */
interface Early {
  /** Streaming candidates read but not parsed yet, with their places. */
  held: Array<{ candidate: Candidate; order: number }>;
  heldBytes: number;
  /** Once started: the batches, and the candidates parsed and let go, in order. */
  started?: Started;
  /** The path of the last candidate offered: judging during discovery needs them in path order. */
  lastPath: string;
  roots: readonly string[];
}

interface Started {
  batches: Batches;
  documents: BatchOfDocuments;
  taken: Candidate[];
  /**
   * For each file taken, what the kinds keeping only need to know of it later (StreamPlan.keepWords),
   * lists shared between files that give the same; undefined when a kind cannot say.
   */
  words: Array<readonly string[]> | undefined;
  /**
   * A file read first turned up that only kinds keeping only read (a Namespace): what those
   * kinds kept of the files taken is made again at the end; what policies judged stands.
   */
  keptChanged: boolean;
}

/**
 * Parses discovery's candidates in path order: the files read first, then the rest, whose
 * documents go in batches when their format streams and are kept otherwise (docs/streaming.md).
 *
 * While no file read so far is one others join with, the files that stream can be judged as
 * discovery reads them, so that their texts are not held until discovery ends: after
 * `holdBytes` of their text, they are. A file others join with, or a path out of order, ends
 * that: what was judged is forgotten (`restart`), and the files already let go are read again.
 */
export class CandidateReader {
  readonly #options: ReadOptions;
  readonly #readFirst = new Set<string>();
  #early: Early | undefined;
  #count = 0;

  constructor(options: ReadOptions, single: boolean) {
    this.#options = options;
    // Several paths given, or a parse worker, and files are judged once discovery has ended.
    this.#early = single && options.valuesFor === undefined ? { held: [], heldBytes: 0, lastPath: "", roots: [] } : undefined;
  }

  /** A candidate as discovery reads it, with the scan roots so far. */
  offer(candidate: Candidate, roots: readonly string[]): void {
    const order = this.#count++;
    const plan = this.#options.plan;
    const first = plan.first(candidate.path, candidate.format, candidate.text);
    if (first) this.#readFirst.add(candidate.path);
    const early = this.#early;
    if (early === undefined) return;
    if (candidate.path <= early.lastPath || (early.started !== undefined && early.roots.length !== roots.length)) return this.#stopEarly();
    early.lastPath = candidate.path;
    // A Kustomization ahead would likely build this file, and make what was judged be forgotten.
    if (this.#namedAhead(candidate.path)) return this.#stopEarly();
    if (first) {
      if (early.started === undefined || !plan.changesKeptOnly(candidate.path, candidate.format, candidate.text)) return this.#stopEarly();
      if (!early.started.keptChanged) early.started.documents.forget(plan.keepsOnly);
      early.started.keptChanged = true;
      return;
    }
    // Taken a chunk at a time (CHUNK_BYTES).
    if (early.started !== undefined && !early.started.batches.streams(candidate.format)) return;
    early.held.push({ candidate, order });
    early.heldBytes += candidate.text.length;
    if (early.heldBytes < (early.started === undefined ? this.#holdBytes : Math.min(this.#holdBytes, CHUNK_BYTES))) return;
    let started = early.started;
    if (started === undefined) {
      // Without files read first, the batches' context is empty, as it would be at the end.
      const batches = this.#options.plan.start([], roots);
      if (batches === undefined) return this.#stopEarly();
      started = { batches, documents: new BatchOfDocuments(batches, this.#options.policies(), this.#batchSize()), taken: [], words: [], keptChanged: false };
      early.started = started;
      early.roots = [...roots];
    }
    for (const held of early.held) if (started.batches.streams(held.candidate.format)) this.#take(started, held.candidate, held.order);
    early.held = [];
    early.heldBytes = 0;
  }

  /**
   * The files of the walks listed so far that their names alone make read first (a
   * `kustomization.yaml`), before any of them is read (DiscoverOptions.named).
   */
  listed(paths: readonly string[]): void {
    for (const path of paths) {
      const slash = path.lastIndexOf("/");
      const folder = slash < 0 ? "" : path.slice(0, slash + 1);
      const last = this.#namedByFolder.get(folder);
      if (last === undefined || path > last) this.#namedByFolder.set(folder, path);
    }
  }

  /** Per folder (`dir/`, or "" for cwd), the last path in it named as a file read first. */
  readonly #namedByFolder = new Map<string, string>();

  /**
   * Whether a file named as one read first is still ahead in this file's folder or a folder
   * above it. A kustomization.yaml builds the files beside and below it, and sorts after many of
   * them: judging them first would be forgotten once it comes (a CRD folder, a large base).
   */
  #namedAhead(path: string): boolean {
    if (this.#namedByFolder.size === 0) return false;
    for (let slash = path.lastIndexOf("/"); ; slash = path.lastIndexOf("/", slash - 1)) {
      const named = this.#namedByFolder.get(slash < 0 ? "" : path.slice(0, slash + 1));
      if (named !== undefined && named > path) return true;
      if (slash < 0) return false;
    }
  }

  /** Whether a candidate offered is one of the files read first. */
  isReadFirst(path: string): boolean {
    return this.#readFirst.has(path);
  }

  /** Once discovery has ended: the documents kept to the end, every other one judged. */
  async finish(candidates: Array<Candidate | undefined>, roots: readonly string[]): Promise<ReadDocuments> {
    // A glob's root is known only once its walk ends: batches started without it are judged again.
    if (this.#early?.started !== undefined && roots.length !== this.#early.roots.length) this.#stopEarly();
    const started = this.#early?.started;
    const kept = new Map<number, ParsedDocument[]>();
    let plan: Batches | undefined;
    let batches: BatchOfDocuments;
    let batchedFirst: readonly BatchedFirst[] = [];
    if (started?.keptChanged === true) {
      ({ plan, batchedFirst } = await this.#keepAgain(started, candidates, roots, kept));
      batches = started.documents;
    } else if (started !== undefined) {
      plan = started.batches;
      batches = started.documents;
    } else {
      ({ plan, batchedFirst } = this.#startAfterReadFirst(candidates, roots, kept));
      batches = new BatchOfDocuments(plan, this.#options.policies(), this.#batchSize());
    }
    // Judged before the rest, so that their documents are let go now rather than held to their turn.
    for (const { order, parsed } of batchedFirst) batches.add(parsed, order);
    // The candidates judged during discovery, in the same order as the list: passed over.
    const taken = started?.taken ?? [];
    let next = 0;
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i];
      if (candidate === undefined) continue;
      candidates[i] = undefined;
      if (taken[next] === candidate) {
        next++;
        continue;
      }
      const streams = plan?.streams(candidate.format) === true;
      const parsed = this.#parse(candidate, await this.#options.valuesFor?.(candidate.path), streams);
      if (parsed === undefined) continue;
      if (streams) batches.add(parsed, i);
      else kept.set(i, parsed);
    }
    batches.flush();
    const documents: ParsedDocument[] = [];
    const orders: number[] = [];
    for (const [i, parsed] of [...kept].sort(([a], [b]) => a - b)) {
      for (const document of parsed) {
        documents.push(document);
        orders.push(i);
      }
    }
    return { documents, orders, batches };
  }

  /**
   * After a file read first that changes only what some kinds kept: every file that streams is
   * taken, the files read first are parsed (into `kept`), and what the kinds keeping only keep of
   * the files taken is made again with them as context, reading those files again (only the
   * ones `mayKeep` allows are parsed). The batches' plan with that context is returned.
   */
  async #keepAgain(started: Started, candidates: Array<Candidate | undefined>, roots: readonly string[], kept: Map<number, ParsedDocument[]>): Promise<StartedAfterReadFirst> {
    const early = this.#early as Early;
    for (const held of early.held) if (started.batches.streams(held.candidate.format)) this.#take(started, held.candidate, held.order);
    early.held = [];
    started.documents.flush();
    const afterReadFirst = this.#startAfterReadFirst(candidates, roots, kept);
    const plan = afterReadFirst.plan;
    const keepers = new Map([...(plan?.adapters ?? [])].filter(([kind, adapter]) => this.#options.plan.keepsOnly.has(kind) && adapter.keep !== undefined));
    const again = new BatchOfDocuments(plan && { streams: plan.streams, adapters: keepers }, [], this.#batchSize());
    if (keepers.size > 0) {
      let next = 0;
      for (let i = 0; i < candidates.length && next < started.taken.length; i++) {
        const candidate = candidates[i];
        if (candidate === undefined || candidate !== started.taken[next]) continue;
        const words = started.words?.[next];
        next++;
        // What was known of it when taken says it keeps nothing: not even read again.
        if (words !== undefined && [...keepers.values()].every((adapter) => adapter.mayKeepWords?.(candidate.path, words) === false)) continue;
        // Judged already; a file gone or changed since keeps nothing more.
        const read = this.#options.readAgain(candidate);
        if ("reason" in read) continue;
        if (![...keepers.values()].some((adapter) => adapter.mayKeep?.(candidate.path, read.text) ?? true)) continue;
        again.add(this.#options.parse({ ...candidate, text: read.text }, undefined, { record: false, transient: true }), i);
      }
      again.flush();
    }
    started.documents.continueAs(plan, again);
    return afterReadFirst;
  }

  /**
   * Parses the files read first and starts the batches with those kept to the end as context
   * (into `kept`, at their places). The others, which turned out to hold no document others join
   * with (`StreamPlan.keptFirst`), are returned to go in the batches.
   */
  #startAfterReadFirst(candidates: Array<Candidate | undefined>, roots: readonly string[], kept: Map<number, ParsedDocument[]>): StartedAfterReadFirst {
    const others: Array<BatchedFirst & { format: string }> = [];
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i] as Candidate;
      if (!this.#readFirst.has(candidate.path)) continue;
      const parsed = this.#options.parse(candidate, undefined);
      if (this.#options.plan.keptFirst(candidate.path, candidate.format, candidate.text, parsed)) kept.set(i, parsed);
      else others.push({ order: i, parsed, format: candidate.format });
      candidates[i] = undefined;
    }
    const plan = this.#options.plan.start([...kept.values()].flat(), roots);
    const batchedFirst: BatchedFirst[] = [];
    for (const other of others) {
      if (plan?.streams(other.format) === true) batchedFirst.push(other);
      else kept.set(other.order, other.parsed);
    }
    return { plan, batchedFirst };
  }

  /** One list for every file giving the same words, holding copies: a slice would keep its file's text alive. */
  #shared(words: readonly string[]): readonly string[] {
    const key = words.join("\u0000");
    let list = this.#wordLists.get(key);
    if (list === undefined) {
      list = Object.freeze(words.map(ownString));
      this.#wordLists.set(ownString(key), list);
    }
    return list;
  }

  readonly #wordLists = new Map<string, readonly string[]>();

  get #holdBytes(): number {
    return this.#options.holdBytes ?? HOLD_BYTES;
  }

  #batchSize(): number {
    return this.#options.batchSize ?? BATCH_DOCUMENTS;
  }

  /** Parses a candidate now and lets its text go. */
  #take(started: Started, candidate: Candidate, order: number): void {
    const parsed = this.#options.parse(candidate, undefined, { transient: true });
    started.documents.add(parsed, order);
    started.taken.push(candidate);
    if (started.words !== undefined) {
      const words = this.#options.plan.keepWords(parsed);
      if (words === undefined) started.words = undefined;
      else started.words.push(this.#shared(words));
    }
    candidate.text = LET_GO;
  }

  /** Files are judged once discovery has ended; any judged already are forgotten, to be read again. */
  #stopEarly(): void {
    const started = this.#early?.started;
    this.#early = undefined;
    if (started === undefined) return;
    this.#options.restart();
    for (const candidate of started.taken) this.#letGo.add(candidate);
  }

  /** Candidates whose text was let go by judging that was then forgotten. */
  readonly #letGo = new Set<Candidate>();

  #parse(candidate: Candidate, values: unknown[] | undefined, transient: boolean): ParsedDocument[] | undefined {
    if (this.#letGo.has(candidate)) {
      // The set would otherwise keep the text read again alive to the end of the run.
      this.#letGo.delete(candidate);
      const read = this.#options.readAgain(candidate);
      if ("reason" in read) {
        this.#options.unreadable(candidate, read.reason);
        return undefined;
      }
      candidate.text = read.text;
    }
    return this.#options.parse(candidate, values, { transient });
  }
}

/** What a candidate's text is once judged: the string itself would keep the text alive. */
const LET_GO = "";
