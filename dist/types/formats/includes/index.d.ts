import type { Document, Subject } from "../../types.js";
export { createLookup, type Lookup } from "./lookup.js";
export { resolveSquid, type SquidResolved } from "./squid.js";
/** Where a finding at a path of a document lands: possibly in another file, for paths into `resolved`. */
export type Trace = NonNullable<Subject["trace"]>;
/** A document whose value may point into other files (through `resolved`), with the `trace` that follows it there. */
export interface LinkedDocument extends Document {
    trace: Trace;
}
/** Whether a document can place findings in other files. */
export declare function isLinked(document: Document): document is LinkedDocument;
/**
 * The pipeline step between parsing and adapters: for every nginx and Squid document with
 * `include` lines, the value gains `resolved`, the configuration with its includes expanded as
 * the server reads it (each node tagged with the file and path it was written at), and every
 * document that some other one includes gains `includedBy`, the files that include it. Such
 * documents are replaced by copies with a `trace` that sends a finding on a `resolved/...` path
 * to the file and line the value was written at. Other documents are passed through untouched.
 */
export declare function linkIncludes<T extends {
    document: Document;
    format: string;
}>(parsed: readonly T[]): T[];
