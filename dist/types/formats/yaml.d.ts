import type { Parser } from "../types.js";
/**
 * YAML files, possibly holding several documents. Values come from js-yaml, which is fast;
 * source positions come from a second, lazy parse with `yaml`, done only the first time
 * `locate` is called on one of the file's documents.
 *
 * Documents without content (a trailing `---`, a comment-only section) are dropped; the
 * remaining documents keep their position in the stream as `index`.
 */
export declare const yamlParser: Parser;
