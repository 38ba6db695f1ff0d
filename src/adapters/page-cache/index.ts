import type { Adapter } from "../adapter.js";

/** `page-cache` subjects: one normalized control across products. Each product is an adapter module in this folder. */
export const pageCacheAdapter: Adapter = () => [];

/** Formats the `page-cache` adapters read. */
export const pageCacheFormats: readonly string[] = [];
