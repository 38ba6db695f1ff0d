/**
 * Whether a text may hold a complex key. One pattern per form, each tried only when the text has
 * the character it needs: a single pattern of three alternatives starting with `^` was tried at
 * every offset of every file (3 µs a manifest).
 */
export declare function maybeComplexKey(text: string): boolean;
/**
 * The documents' values, or undefined when the slow path must decide (an error or a complex key).
 * `share`: short values the lines read are shared with equal ones of other files (for documents
 * kept to the end of the run; see yaml-block-values.ts).
 */
export declare function fastYamlValues(text: string, share?: boolean): unknown[] | undefined;
/** The values of a plain text's documents read from its lines (yaml-block-values.ts), or undefined. */
export declare function blockDocumentValues(text: string, share?: boolean): unknown[] | undefined;
/** Whether every null of these values is known to be an empty document (not an explicit `null`). */
export declare function nullsAreEmptyDocuments(values: readonly unknown[]): boolean;
/** Whether {@link fastYamlValues} measured these values within the nesting bound. */
export declare function measuredShallow(values: readonly unknown[]): boolean;
/** Whether `JSON.parse(JSON.stringify(values))` gives back values equal to these, in key order too. */
export declare function jsonExact(values: readonly unknown[]): boolean;
/**
 * The values of a YAML file's documents when the fast path reads the file whole, else
 * undefined. A null or missing value needs the event stream to tell an empty document from an
 * explicit `null`, so a file with one takes the slow path too, unless the lines read it (where
 * a null is always an empty document; the parse worker's copy of the values does not say so,
 * and the parser reads the event stream for it then). The YAML parser and the parse
 * worker (src/parse/worker.ts) both decide here, so they never disagree.
 */
export declare function fastDocumentValues(raw: string, share?: boolean): unknown[] | undefined;
