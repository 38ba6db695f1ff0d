import type { Adapter } from "../adapter.js";
import { combineReaders } from "../normalized/product-reader.js";
import { cdnHeadersReader } from "./cdn-headers.js";
import { cloudflareReader } from "./cloudflare.js";
import { cloudfrontModulesReader } from "./cloudfront-modules.js";
import { cloudfrontReader } from "./cloudfront.js";
import { litespeedReader } from "./litespeed.js";
import { nginxReader } from "./nginx.js";
import { w3TotalCacheReader } from "./w3-total-cache.js";
import { wpRocketReader } from "./wp-rocket.js";
import { wpSuperCacheReader } from "./wp-super-cache.js";

const pageCache = combineReaders([
  w3TotalCacheReader,
  wpSuperCacheReader,
  wpRocketReader,
  litespeedReader,
  nginxReader,
  cloudfrontReader,
  cloudfrontModulesReader,
  cloudflareReader,
  cdnHeadersReader,
]);

/**
 * `page-cache` subjects: every full-page cache of the run, from WordPress cache plugins to
 * nginx and CDNs, in one normalized shape (docs/subjects/page-cache.md). Each product is one
 * module of this folder that declares the formats it reads.
 */
export const pageCacheAdapter: Adapter = pageCache.adapter;

/** Formats the `page-cache` adapters read, gathered from the product modules. */
export const pageCacheFormats: readonly string[] = pageCache.formats;
