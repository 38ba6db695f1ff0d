import type { ImplicitType } from "js-yaml-4";
/**
 * The values of a plain YAML text's documents, built from their block structure
 * (yaml-block-tree.ts) instead of by a YAML library: most manifests are block mappings and
 * sequences of one-line scalars, and reading those from their lines takes a fraction of
 * js-yaml 4's time (and of its garbage). The values are the ones js-yaml 4 loads with the same
 * schema, to the key order: plain scalars are typed by that schema's own implicit types, in its
 * order; keys are the strings it makes of them; a block scalar's value is made as it makes it;
 * a one-line flow collection is loaded by js-yaml 4 itself (`readFlow`). A property test holds
 * the two together on generated documents and on the repository's YAML files.
 *
 * Undefined, so that the caller loads the text with js-yaml 4, for anything the tree does not
 * read and for what js-yaml 4 reads otherwise or refuses: a duplicate key, a character js-yaml
 * calls non-printable (or any surrogate), an unknown escape in a double-quoted scalar, a plain
 * value starting with `- `, nesting deeper than {@link MAX_BLOCK_DEPTH}, a flow collection with
 * an anchor, alias or tag, or one `readFlow` gives up on.
 */
export declare function blockDocumentValues(text: string, implicit: readonly ImplicitType[], readFlow: (source: string) => ReadValue | undefined, share?: boolean): ReadValues | undefined;
/** The documents' values read from the lines, and whether JSON writes each of their numbers exactly. */
export interface ReadValues {
    values: unknown[];
    jsonNumbers: boolean;
}
/**
 * A value read (a document's, or a flow collection's as js-yaml 4 loads it), and whether JSON
 * writes each of its numbers exactly (finite, not -0).
 */
export interface ReadValue {
    value: unknown;
    jsonNumbers: boolean;
}
/**
 * Collections nested deeper than this are left to js-yaml 4, which refuses past 100 levels.
 * With a one-line flow collection (which js-yaml bounds at 100 itself) a value stays far within
 * the run's bound (bounded-parse.ts), so its values need no second measurement.
 */
export declare const MAX_BLOCK_DEPTH = 64;
