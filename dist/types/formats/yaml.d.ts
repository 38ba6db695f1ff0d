import type { Document, ParseResult, Parser } from "../types.js";
/**
 * YAML files, possibly holding several documents. Values come from js-yaml 4 where it reads
 * the file (yaml-values.ts), else from js-yaml 5; source positions come from js-yaml 5's event
 * stream, read only the first time `locate` is called on one of the file's documents.
 *
 * Documents without content (a trailing `---`, a comment-only section) are dropped; the
 * remaining documents keep their position in the stream as `index`.
 */
export declare const yamlParser: Parser;
/**
 * The documents of a file whose values {@link fastDocumentValues} gave (here or in a parse
 * worker); the event stream waits for a position to be asked for.
 */
export declare function yamlFromValues(raw: string, file: string, values: readonly unknown[], measured?: boolean): ParseResult;
/**
 * A document with `value` in place of its own, placed as the original is, without holding the
 * original's value where the format allows (YAML: the copy shares the file's positions).
 */
export declare function withValue(document: Document, value: unknown): Document;
