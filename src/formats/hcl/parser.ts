import type { DocPath, ParseResult, Parser, Range } from "../../types.js";
import { LineIndex, errorText, startRange, stripBom } from "../positions.js";
import { HclSyntaxError, parseHclBody } from "./syntax.js";
import { fileValue, spanAt, type Located, type Span } from "./value.js";

/**
 * Terraform's native syntax (`.tf`, `.tfvars`), read by a hand-written parser: it is
 * synchronous, as `Parser.parse` is, needs no WASM asset in `dist/`, and keeps exact spans
 * (see docs/formats/terraform.md). `.tf.json` files are plain JSON and use the JSON parser.
 *
 * The value mirrors Terraform's JSON syntax: `resource.<type>.<name>` holds the resource's
 * attributes, nested blocks are arrays of objects, and a value that is not a literal is kept
 * as `{ "$expr": "<source text>" }` so that policies can tell unknown from safe.
 */
export const hclParser: Parser = {
  id: "hcl",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    let located: Located;
    try {
      located = fileValue(parseHclBody(text), text, false);
    } catch (error) {
      const range = error instanceof HclSyntaxError ? new LineIndex(text).pointRange(error.offset) : startRange();
      return { ok: false, errors: [{ message: errorText(error), range }] };
    }
    // The spans are not made: a run keeps every Terraform file's value to the end (modules join
    // across files), the spans were 40% of what a parse left alive (635 files of two registry
    // modules: 9.5 MB, 5.7 without), and every scavenge copied them; made and dropped, they
    // were most of the value's garbage. Few files are ever asked for a position
    // (terraform-aws-eks: 8 of 87; security-group: 1 of 548), and those are parsed again with
    // their spans when first asked: the same text gives the same value and spans.
    let root: Span | undefined;
    let lines: LineIndex | undefined;
    return {
      ok: true,
      documents: [
        {
          file,
          index: 0,
          value: located.value,
          locate(path: DocPath): Range {
            lines ??= new LineIndex(text);
            root ??= fileValue(parseHclBody(text), text).span;
            const span = spanAt(root, path);
            return lines.range(span.start, span.end);
          },
        },
      ],
    };
  },
};
