import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * Netlify (`_headers`, `netlify.toml` `[[headers]]`) and Vercel (`vercel.json` `headers`) header
 * rules, one subject per rule that sets a CSP header.
 */
export declare function cdnHeaderSubjects(documents: readonly ParsedDocument[]): Subject[];
