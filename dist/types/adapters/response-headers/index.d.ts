import type { Adapter } from "../adapter.js";
/**
 * `response-headers` subjects: the Content-Security-Policy a site sends, wherever it is set
 * (nginx, a page's meta element, Netlify, Vercel, CloudFront), in one normalized shape
 * (docs/subjects/response-headers.md). Each product is one module of this folder.
 */
export declare const responseHeadersAdapter: Adapter;
/** Formats the `response-headers` adapters read. */
export declare const responseHeadersFormats: readonly string[];
