import type { Adapter, AdapterStream } from "./adapter.js";
/** Every document is a subject: the raw layer any format can be checked at. */
export declare const documentAdapter: Adapter;
/** Batches of documents of every format but those with includes, which are linked across files first. */
export declare const documentStream: AdapterStream;
