/** What each one-character escape of a double-quoted YAML scalar stands for, as js-yaml 4 reads them. */
const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ["0", "\x00"],
  ["a", "\x07"],
  ["b", "\x08"],
  ["t", "\t"],
  ["\t", "\t"],
  ["n", "\n"],
  ["v", "\x0B"],
  ["f", "\x0C"],
  ["r", "\r"],
  ["e", "\x1B"],
  [" ", " "],
  ['"', '"'],
  ["/", "/"],
  ["\\", "\\"],
  ["N", "\x85"],
  ["_", "\xA0"],
  ["L", "\u2028"],
  ["P", "\u2029"],
]);

/** How many hex digits follow `\x`, `\u` and `\U`. */
const HEX_ESCAPES: ReadonlyMap<string, number> = new Map([
  ["x", 2],
  ["u", 4],
  ["U", 8],
]);

const HEX_DIGIT = /^[0-9A-Fa-f]$/;

/**
 * The text of a double-quoted scalar's part between its quotes on one line, its escapes read as
 * js-yaml 4 reads them (a code point past U+FFFF as a surrogate pair); undefined for an unknown
 * escape, a short or bad hex escape, a code point past U+10FFFF, or a backslash ending the part
 * (an escaped line break, which the caller leaves to js-yaml).
 */
export function unescapeDoubleQuoted(raw: string): string | undefined {
  if (!raw.includes("\\")) return raw;
  const out: string[] = [];
  let from = 0;
  for (let at = raw.indexOf("\\"); at >= 0; at = raw.indexOf("\\", from)) {
    out.push(raw.slice(from, at));
    const c = raw[at + 1] ?? "";
    const simple = SIMPLE_ESCAPES.get(c);
    if (simple !== undefined) {
      out.push(simple);
      from = at + 2;
      continue;
    }
    const digits = HEX_ESCAPES.get(c);
    if (digits === undefined) return undefined;
    let code = 0;
    for (let d = at + 2; d < at + 2 + digits; d++) {
      const digit = raw[d] ?? "";
      if (!HEX_DIGIT.test(digit)) return undefined;
      code = code * 16 + Number.parseInt(digit, 16);
    }
    if (code > 0x10ffff) return undefined;
    out.push(String.fromCodePoint(code));
    from = at + 2 + digits;
  }
  out.push(raw.slice(from));
  return out.join("");
}
