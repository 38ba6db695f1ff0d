import { createRequire } from "node:module";
import fc from "fast-check";

/** js-yaml 4's writer, for generated documents in the block styles people write. */
const { dump } = createRequire(import.meta.url)("js-yaml-4") as { dump: (value: unknown, options: object) => string };

/** Trees of mappings and lists over the given keys and scalars, a few levels deep. */
export function documentValues(key: fc.Arbitrary<string>, scalar: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      scalar,
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(key, tie("value"), { maxKeys: 4 }),
    ),
  })).value;
}

/** js-yaml's options for the block styles people write (and some flow collections). */
export const blockStyles = fc.record({
  indent: fc.constantFrom(2, 4),
  noArrayIndent: fc.boolean(),
  flowLevel: fc.constantFrom(-1, -1, 1, 2, 3),
  quotingType: fc.constantFrom<"'" | '"'>("'", '"'),
  forceQuotes: fc.boolean(),
  lineWidth: fc.constant(-1),
});

/**
 * Mappings written as YAML text in one of {@link blockStyles}: with comments between entries and
 * after a value when `comments`, and a `---` opening the one document when `marker`, as people
 * write them.
 */
export function writtenDocuments(key: fc.Arbitrary<string>, scalar: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.dictionary(key, documentValues(key, scalar), { minKeys: 1, maxKeys: 5 }), blockStyles, fc.boolean(), fc.boolean())
    .map(([document, style, comments, marker]) => {
      let text = dump(document, style);
      if (comments) text = text.replace(/\n(?=\S)/g, "\n# a comment\n").replace(/^(\s*\w+): (\w+)$/m, "$1: $2  # trailing");
      return marker ? `${comments ? "# a header\n" : ""}---\n${text}` : text;
    });
}
