import type { Subject } from "../../types.js";
import type { AdapterInput } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * Cloudflare, from Terraform: one subject per cache rule that makes responses eligible for
 * cache (`cloudflare_ruleset`, phase `http_request_cache_settings`, `cache = true`) and per
 * page rule with `cache_level = "cache_everything"`. Cache rules all apply in order and a
 * later rule's `cache = false` wins, so later bypass rules are exclusions of earlier caching
 * ones; only the highest-priority page rule matching a URL applies, so higher-priority page
 * rules are exclusions. An edge TTL override (`edge_ttl.mode = "override_origin"`,
 * `edge_cache_ttl`) makes Cloudflare cache responses with `Set-Cookie` (removing it) and
 * ignore `private` / `no-store`.
 */
export declare function cloudflareSubjects(input: AdapterInput): Subject[];
/** What this module reads, and how. */
export declare const cloudflareReader: ProductReader;
