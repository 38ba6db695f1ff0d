import type { Adapter } from "../adapter.js";
import { cdnHeaderSubjects } from "./cdn-headers.js";
import { cloudfrontSubjects } from "./cloudfront.js";
import { htmlSubjects } from "./html.js";
import { nginxSubjects } from "./nginx.js";

/**
 * `response-headers` subjects: the Content-Security-Policy a site sends, wherever it is set
 * (nginx, a page's meta element, Netlify, Vercel, CloudFront), in one normalized shape
 * (docs/subjects/response-headers.md). Each product is one module of this folder.
 */
export const responseHeadersAdapter: Adapter = (input) => [
  ...nginxSubjects(input.documents),
  ...htmlSubjects(input.documents),
  ...cdnHeaderSubjects(input.documents),
  ...cloudfrontSubjects(input),
];

/** Formats the `response-headers` adapters read. */
export const responseHeadersFormats: readonly string[] = ["html", "netlify-headers", "netlify-toml", "nginx", "terraform", "vercel"];
