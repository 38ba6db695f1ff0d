import type { Parser } from "../../types.js";
/**
 * Terraform's native syntax (`.tf`, `.tfvars`), read by a hand-written parser: it is
 * synchronous, as `Parser.parse` is, needs no WASM asset in `dist/`, and keeps exact spans
 * (see docs/formats/terraform.md). `.tf.json` files are plain JSON and use the JSON parser.
 *
 * The value mirrors Terraform's JSON syntax: `resource.<type>.<name>` holds the resource's
 * attributes, nested blocks are arrays of objects, and a value that is not a literal is kept
 * as `{ "$expr": "<source text>" }` so that policies can tell unknown from safe.
 */
export declare const hclParser: Parser;
