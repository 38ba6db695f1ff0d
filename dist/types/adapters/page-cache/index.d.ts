import type { Adapter } from "../adapter.js";
/**
 * `page-cache` subjects: every full-page cache of the run, from WordPress cache plugins to
 * nginx and CDNs, in one normalized shape (docs/subjects/page-cache.md). Each product is one
 * module of this folder that declares the formats it reads.
 */
export declare const pageCacheAdapter: Adapter;
/** Formats the `page-cache` adapters read, gathered from the product modules. */
export declare const pageCacheFormats: readonly string[];
