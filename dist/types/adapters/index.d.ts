import type { SubjectKind } from "../types.js";
import type { Adapter, AdapterStream } from "./adapter.js";
/** Subject kind → the adapter producing it. */
export declare const adapters: Readonly<Record<SubjectKind, Adapter>>;
/** The formats whose files an adapter can turn into subjects; `undefined` means every format. */
export declare const adapterFormats: Readonly<Record<SubjectKind, readonly string[] | undefined>>;
/**
 * Per kind, the formats its adapter reads to complete the subjects of a format (target format →
 * formats joined in). A policy that narrows `target.formats` still gets them parsed, so that
 * its subjects are the ones an unnarrowed policy sees.
 */
export declare const adapterJoinFormats: Readonly<Partial<Record<SubjectKind, Readonly<Record<string, readonly string[]>>>>>;
/**
 * Per kind, how its adapter takes documents in batches as files are read (docs/streaming.md). A
 * kind without one reads its formats' documents once every file is read.
 */
export declare const adapterStreams: Readonly<Partial<Record<SubjectKind, AdapterStream>>>;
