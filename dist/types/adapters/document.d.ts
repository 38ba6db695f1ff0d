import type { Adapter } from "./adapter.js";
/** Every document is a subject: the raw layer any format can be checked at. */
export declare const documentAdapter: Adapter;
