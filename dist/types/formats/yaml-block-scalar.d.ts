/**
 * A literal (`|`) or folded (`>`) block scalar whose indicator is at `at`, its header line ending
 * at `headerEnd`, the value of a collection indented `indent`: its value, and the offset of the
 * line that ends it (or the end of the text). The value is made as js-yaml 4 makes it
 * (readBlockScalar): the content indentation is that of the first line with content, raised by
 * any blank line before it with more spaces; the scalar ends at the first line with content
 * indented less; line breaks are kept (`|`) or folded (`>`, except around lines indented more),
 * and the final ones kept (`+`), dropped (`-`) or made one. An indentation indicator (`|2-`) sets
 * the content indentation, counted from the collection's.
 *
 * Undefined for anything but a comment after the header, a `|` or `>` in that comment (the event
 * stream would place the scalar at it), and no content at all.
 */
export declare function readBlockScalar(text: string, at: number, headerEnd: number, indent: number): {
    value: string;
    stop: number;
} | undefined;
