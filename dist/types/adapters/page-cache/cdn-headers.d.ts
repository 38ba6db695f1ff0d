import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * Netlify (`_headers`, `netlify.toml` `[[headers]]`) and Vercel (`vercel.json` `headers`)
 * response-header rules, one subject per rule whose caching headers let the platform's CDN
 * store pages for everyone. Rules of the same file that mark paths `private` / `no-store` /
 * `no-cache` are its exclusions, whatever their order: a response carrying both is not
 * stored by a shared cache. Netlify's `Netlify-Vary: cookie=a|b` and Vercel's `missing`
 * cookie conditions keep visitors with those cookies apart. The header rule is itself the
 * caching decision, so `overridesPrivate` stays false: NR-CACHE-001 is the check that applies.
 */
export declare function cdnHeaderSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const cdnHeadersReader: ProductReader;
