import type { Adapter } from "../adapter.js";
import { cdnHeaderSubjects } from "./cdn-headers.js";
import { cloudflareSubjects } from "./cloudflare.js";
import { cloudfrontModuleSubjects } from "./cloudfront-modules.js";
import { cloudfrontSubjects } from "./cloudfront.js";
import { litespeedSubjects } from "./litespeed.js";
import { nginxSubjects } from "./nginx.js";
import { w3TotalCacheSubjects } from "./w3-total-cache.js";
import { wpRocketSubjects } from "./wp-rocket.js";
import { wpSuperCacheSubjects } from "./wp-super-cache.js";

/**
 * `page-cache` subjects: every full-page cache of the run, from WordPress cache plugins to
 * nginx and CDNs, in one normalized shape (docs/subjects/page-cache.md). Each product is one
 * module of this folder.
 */
export const pageCacheAdapter: Adapter = (input) => [
  ...w3TotalCacheSubjects(input.documents),
  ...wpSuperCacheSubjects(input.documents),
  ...wpRocketSubjects(input.documents),
  ...litespeedSubjects(input.documents),
  ...nginxSubjects(input.documents),
  ...cloudfrontSubjects(input),
  ...cloudfrontModuleSubjects(input),
  ...cloudflareSubjects(input),
  ...cdnHeaderSubjects(input.documents),
];

/** Formats the `page-cache` adapters read. */
export const pageCacheFormats: readonly string[] = ["litespeed-export", "netlify-headers", "netlify-toml", "nginx", "php-config", "terraform", "vercel", "wp-rocket-settings"];
