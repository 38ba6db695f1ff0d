import type { DocPath, Document } from "../../types.js";
/**
 * The argument of a `jsonencode({ ... })` attribute as a document of its own, with positions in
 * the original file. The HCL parser keeps a function call as `{ "$expr": "<text>" }`; the text
 * is re-read as an HCL object placed at the same column (the call name becomes `x =`, the
 * closing parenthesis a space) and its lines are shifted to the call's, so every range it
 * reports is the original one.
 * Returns undefined when the argument does not start on the call's line or is not literal HCL.
 */
export declare function jsonencodeArgument(document: Document, path: DocPath, expression: string, module: readonly unknown[]): Document | undefined;
