import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * LiteSpeed Cache for WordPress, from its settings export (format `litespeed-export`, v3+
 * option ids). Logged-in users never share the public cache: LiteSpeed varies on the login
 * cookie, and `cache-priv` only adds a per-user private cache. What does put pages into the
 * shared cache regardless of login, cookies and exclusions is `cache-force_pub_uri` (and
 * `cache-force_uri`, which forces caching despite the non-cacheable settings).
 */
export declare function litespeedSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const litespeedReader: ProductReader;
