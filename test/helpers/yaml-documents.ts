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

/**
 * One to three documents (such as {@link writtenDocuments}) in one text, separated by `---` lines
 * as files of several manifests are, or ended by `...` as rendered charts write them (then
 * opened by `---` or by their content alone), the last one ended too when `ended`.
 */
export function writtenStreams(documents: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const separator = fc.constantFrom("---\n", "--- # the next one\n", "---  \n", "...\n---\n", "...\n", "... # end\n---\n", "...\n# next\n");
  return fc
    .tuple(fc.array(documents, { minLength: 1, maxLength: 3 }), separator, fc.boolean(), fc.boolean())
    .map(([documents, marker, leading, ended]) => {
      const opening = marker.startsWith("---") ? marker : "---\n";
      const text = documents.map((text) => text.replace(/^(# a header\n)?---\n/, "$1")).join(marker);
      return (leading ? opening : "") + text + (ended && text.endsWith("\n") ? "...\n" : "");
    });
}

/**
 * Plain scalars starting with `:` (Envoy's `:path` header, a port `:8080`, `::1`), and what only
 * looks like one (`: x`, a key `:x: y`, a lone `:`), as a value, an item, an item's entry and a
 * value below its key.
 */
export function colonStartTexts(): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.constantFrom(":path", ":authority", ":28080", "::1", ":", ": x", ":x: y", ":[a]", ":#x", ":x # c", ":{a}", ":-", ':"q"', ":*a", ":x:y", ":x :y", ":x #c", ":'"),
    fc.stringMatching(/^:[a-z0-9:/. -]{1,8}$/),
  );
  return fc.tuple(value, fc.constantFrom("mapping", "sequence", "nested", "below")).map(([v, where]) => {
    if (where === "mapping") return `k: ${v}\nnext: 1\n`;
    if (where === "sequence") return `list:\n- ${v}\n- x\n`;
    if (where === "nested") return `outer:\n  headers:\n    - name: ${v}\n      exact: x\n`;
    return `k:\n  ${v}\nnext: 1\n`;
  });
}

/**
 * Keys as Envoy and Istio configurations write them: quoted (`'@type'`, first in an item too),
 * plain ones starting with `:` (`:authority`, `::`), and look-alikes (`: x`, a space before the
 * `:`, no space after it, an escape), in a mapping, a nested mapping, as an item's first or
 * later entry, with a value on the line, a mapping below, or nothing.
 */
export function keyShapeTexts(): fc.Arbitrary<string> {
  const key = fc.constantFrom("'@type'", '"@type"', '"name"', "'it''s'", ":authority", ":path", "::", ":x:y", ":x :y", ": x", "'a' ", '"a\\tb"', "'a:b'", '"#c"', "plain", "'1'", ":1");
  const value = fc.constantFrom(" x", " '%REQ(:AUTHORITY)%'", " 1", " {}", "", " # c", "x", " :path");
  return fc.tuple(key, value, fc.constantFrom("mapping", "nested", "first", "later", "below")).map(([k, v, where]) => {
    const entry = (indent: string): string => (v === "" ? `${k}:\n${indent}  inner: 1` : `${k}:${v}`);
    if (where === "mapping") return `${entry("")}\nnext: 1\n`;
    if (where === "nested") return `outer:\n  ${entry("  ")}\n  next: 1\n`;
    if (where === "first") return `list:\n- ${entry("  ")}\n  next: 1\n- x\n`;
    if (where === "later") return `list:\n- a: 1\n  ${entry("  ")}\n`;
    return `outer:\n  key:\n    ${entry("    ")}\n  next: 2\n`;
  });
}

/**
 * A value on the line below its key (`annotations:` then `{}`, as Helm renders an empty map;
 * `kind:` then `bug-fix`): a flow collection, a plain or quoted scalar, lines going on with it or
 * not, and what only looks like one (an item, a key, a quoted key, a block indicator, a tag), in
 * a mapping, a nested mapping or an item's mapping, then more entries or the end of the text.
 */
export function valueBelowKeyTexts(): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.constantFrom("{}", "[]", "{ }", "{ a: b, c: 1 }", "[x, y]", "{a}: b", "bug-fix", "-x", "- x", "a: b", "a:b", "http://x.example/y", "1", "true", "~", "null", "'q'", "'it''s'", '"d\\tq"', '"a": b', "'a': b", "\"open", "|", ">-", "!t x", "&a x", "*a", "? x", "# only a comment", "x # comment", "{} # comment", "[a, [b]]"),
    fc.stringMatching(/^[a-z][a-z0-9 .,/-]{0,10}$/),
  );
  const more = fc.constantFrom("going on", "'quoted'", "- dash", "x: y", "end'", 'end"', "# c", "{}");
  return fc
    .tuple(fc.constantFrom("", " # why"), fc.integer({ min: 1, max: 3 }), value, fc.array(fc.tuple(fc.constantFrom("", "\n"), fc.integer({ min: -1, max: 2 }), more), { maxLength: 2 }), fc.constantFrom("next: 1\n", "", "---\nother: 2\n", "...\n", "  deeper: 2\n"), fc.constantFrom("mapping", "nested", "item"))
    .map(([comment, extra, first, lines, rest, where]) => {
      const indent = where === "mapping" ? 0 : 2;
      const head = where === "nested" ? `outer:\n  key:${comment}` : where === "item" ? `list:\n- name: n\n  key:${comment}` : `key:${comment}`;
      const body = lines.map(([gap, deeper, line]) => `${gap}\n${" ".repeat(Math.max(0, indent + extra + deeper))}${line}`).join("");
      // After a nested key, the next entry is its sibling.
      const after = where !== "mapping" && rest === "next: 1\n" ? "  next: 1\n" : rest;
      return `${head}\n${" ".repeat(indent + extra)}${first}${body}\n${after}`;
    });
}

/**
 * A literal or folded block scalar in a mapping, a sequence or a nested mapping, as ConfigMaps and
 * CI files write them: a header with a chomping indicator or a comment, content lines indented
 * alike or more, blank lines (some holding spaces) among and after them, then more entries, a
 * comment or the end of the text (with or without a final line break).
 */
export function blockScalarTexts(): fc.Arbitrary<string> {
  const content = fc.oneof(
    fc.constantFrom("", "", " ", "   ", "echo hi", "# not a comment", "key: value", "- item", " more", "   deeper", "x: |", "'quoted'", "trailing  ", "---", "a,b"),
    fc.stringMatching(/^[a-z0-9 #:.-]{0,10}$/),
  );
  const header = fc.tuple(fc.constantFrom("|", ">"), fc.constantFrom("", "", "-", "+", "1", "2", "2-", "-3", "1+", "0"), fc.constantFrom("", " # a note", "  ", " #"));
  const after = fc.constantFrom("next: 1\n", "# after\nnext: 1\n", "", "\nlist:\n  - x\n", "---\nother: 2\n");
  return fc
    .tuple(header, fc.integer({ min: 1, max: 3 }), fc.array(content, { minLength: 1, maxLength: 6 }), fc.constantFrom("", "\n", "\n\n", "\n  \n", "\n      \n"), after, fc.constantFrom("mapping", "sequence", "nested"), fc.boolean())
    .map(([[style, chomp, comment], indent, lines, trailing, rest, where, finalBreak]) => {
      const depth = where === "nested" ? 2 : where === "sequence" ? 1 : 0;
      const pad = " ".repeat(depth + indent);
      const body = lines.map((line) => (line === "" ? "" : pad + line)).join("\n");
      const head = where === "nested" ? `outer:\n  inner: ${style}${chomp}${comment}` : where === "sequence" ? `list:\n- ${style}${chomp}${comment}` : `key: ${style}${chomp}${comment}`;
      const text = `${head}\n${body}\n${trailing}${rest}`;
      return finalBreak ? text : text.replace(/\n+$/, "");
    });
}

/**
 * A plain scalar over several lines in a mapping, a sequence or a nested mapping, as some CRDs and
 * hand-written manifests write long descriptions: lines indented alike or differently, blank lines
 * (some holding spaces) and comments among and after them, words that read as other types alone,
 * and lines the reader leaves to js-yaml (a `: `, a final `:`, an indicator first).
 */
export function plainLinesTexts(): fc.Arbitrary<string> {
  const words = fc.oneof(
    fc.constantFrom("The name of the", "object.", "1", "true", "~", "a - b", "x: y", "ends:", "- item", "-", "# hash", "say #not", "it's", "trailing   ", "{braces}", "50%", "a,b", "key:value"),
    fc.stringMatching(/^[a-z][a-z0-9 .,/()-]{0,14}$/),
  );
  const gap = fc.constantFrom("", "", "", "\n", "\n\n", "\n   \n", "\n  # a comment\n", "\n# a comment\n");
  const after = fc.constantFrom("next: 1\n", "# after\nnext: 1\n", "    # deeper comment\nnext: 1\n", "", "---\nother: 2\n");
  return fc
    .tuple(words, fc.array(fc.tuple(gap, fc.integer({ min: 0, max: 3 }), words), { minLength: 1, maxLength: 4 }), after, fc.constantFrom("mapping", "sequence", "nested"), fc.boolean())
    .map(([first, more, rest, where, finalBreak]) => {
      const depth = where === "nested" ? 2 : where === "sequence" ? 0 : 0;
      const head = where === "nested" ? `outer:\n  inner: ${first}` : where === "sequence" ? `list:\n- ${first}` : `key: ${first}`;
      const body = more.map(([between, extra, line]) => `${between}\n${" ".repeat(depth + 1 + extra)}${line}`).join("");
      const text = `${head}${body}\n${rest}`;
      return finalBreak ? text : text.replace(/\n+$/, "");
    });
}

/**
 * A single- or double-quoted scalar over several lines, as CRDs write descriptions and validation
 * rules: words with quotes doubled, `#`, `: ` and trailing spaces, blank lines among them, lines
 * indented deeper or not deep enough, the closing quote at the end of a line or alone, then a
 * comment or something else after it.
 */
export function quotedLinesTexts(): fc.Arbitrary<string> {
  const words = fc.oneof(
    fc.constantFrom("self.spec == oldSelf.spec", "it''s", "a # b", "x: y", "trailing   ", "   leading", "ends:", "- dash", "1", "back\\slash", "say \"hi\""),
    fc.stringMatching(/^[a-z][a-z0-9 .,()=&|!-]{0,14}$/),
  );
  const gap = fc.constantFrom("", "", "\n", "\n\n", "\n    \n");
  return fc
    .tuple(
      fc.constantFrom("'", '"'),
      words,
      fc.array(fc.tuple(gap, fc.integer({ min: -1, max: 2 }), words), { minLength: 1, maxLength: 4 }),
      fc.constantFrom("", "\n", "  # done", " x"),
      fc.constantFrom("next: 1\n", "", "  deeper: 2\n", "---\nother: 1\n"),
      fc.constantFrom("mapping", "sequence", "nested"),
    )
    .map(([quote, first, more, afterQuote, rest, where]) => {
      const parentIndent = where === "nested" ? 2 : 0;
      const fit = (text: string): string => (quote === "'" ? text : text.replaceAll("''", "'").replaceAll('"', "'"));
      const head = where === "nested" ? `outer:\n  inner: ${quote}${fit(first)}` : where === "sequence" ? `list:\n- ${quote}${fit(first)}` : `key: ${quote}${fit(first)}`;
      const body = more.map(([between, extra, line]) => `${between}\n${" ".repeat(Math.max(0, parentIndent + 1 + extra))}${fit(line)}`).join("");
      const close = afterQuote === "\n" ? `\n${" ".repeat(parentIndent + 1)}${quote}` : `${quote}${afterQuote}`;
      return `${head}${body}${close}\n${rest}`;
    });
}

/**
 * Double-quoted scalars with escapes, on one line or folded over several: every escape js-yaml
 * reads (`\\n`, `\\"`, `\\x41`, `\\u00e9`, `\\U0001F600`, `\\N`, `\\ `), and ones it refuses or
 * the reader leaves (`\\q`, a short hex escape, a backslash ending a line).
 */
export function doubleQuotedTexts(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom("\\n", "\\t", '\\"', "\\\\", "\\/", "\\0", "\\a", "\\e", "\\x41", "\\u00e9", "\\uD83D", "\\U0001F600", "\\N", "\\_", "\\L", "\\P", "\\ ", "\\q", "\\x4", "\\xZZ", "\\U00110000", "'"),
    fc.stringMatching(/^[a-z0-9 .:#-]{0,8}$/),
  );
  const line = fc.array(piece, { maxLength: 4 }).map((pieces) => pieces.join(""));
  return fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 3 }), fc.constantFrom("", "\n", "\\"), fc.constantFrom("mapping", "sequence"))
    .map(([lines, between, where]) => {
      const body = lines.join(`${between}\n  `);
      return where === "sequence" ? `list:\n- "${body}"\nnext: 1\n` : `key: "${body}"\nnext: 1\n`;
    });
}

/**
 * Checks `check` on `numRuns` texts of `texts` (fast-check, reproducible by `seed`) and counts
 * the texts it took: a property test of the line reader asserts in `check` and then that enough
 * texts were taken for it not to be vacuous.
 */
export function countTaken(texts: fc.Arbitrary<string>, check: (text: string) => boolean, numRuns: number, seed: number): number {
  let taken = 0;
  fc.assert(
    fc.property(texts, (text) => {
      if (check(text)) taken += 1;
    }),
    { numRuns, seed },
  );
  return taken;
}
