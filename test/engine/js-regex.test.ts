import fc from "fast-check";
import { RE2JS } from "re2js";
import { describe, expect, it } from "vitest";
import { compileRegex } from "../../src/engine/functions/regex.js";
import { jsEquivalent } from "../../src/engine/functions/support/js-regex.js";
import { quoteMeta, wholeMatch } from "../../src/engine/functions/support/glob-matcher.js";

/** What RE2 says: whether the pattern is found in the text, and the first match. */
function re2(pattern: string, text: string): { found: boolean; first: string | undefined } {
  const re = RE2JS.compile(pattern);
  const match: unknown = re.exec(text)?.[0];
  return { found: re.test(text), first: typeof match === "string" ? match : undefined };
}

/** What the JavaScript equivalent says, when there is one. */
function js(pattern: string, text: string): { found: boolean; first: string | undefined } | undefined {
  const equivalent = jsEquivalent(pattern);
  if (equivalent === undefined) return undefined;
  return { found: equivalent.regex.test(text), first: equivalent.regex.exec(text)?.[0] };
}

/** Pieces of RE2 patterns, each valid or not on its own: the generator joins them at random. */
const PIECES = [
  "a", "b", "c", "-", "_", ".", ":", "/", " ", "0", "9", "A", "Z", "é", "k", "s", "K", "S",
  "\\.", "\\-", "\\\\", "\\/", "\\:", "\\ ", "\\_", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\n", "\\t", "\\b", "\\x41", "\\pL",
  "[a-c]", "[^a-c]", "[-_.]", "[a-]", "[\\d-]", "[\\s]", "[^\\s:]", "[\\]a]", "[]a]", "[^]a]", "[[:alpha:]]", "[z-a]", "[\\d-z]", "[.]", "[\\^^]", "[\\--/]", "[a\\-z]",
  "(", ")", "(?:", "(?i)", "(?P<n>", "|", "^", "$",
  "?", "*", "+", "??", "*?", "+?", "{2}", "{1,3}", "{2,}", "{0,1}?", "{3,1}", "{,2}", "{1001}", "{", "}", "]",
];

/** Texts to search: the pattern pieces' characters, newlines, spaces, non-ASCII, surrogate pairs and lone surrogates. */
const TEXT_CHARS = ["k", "K", "s", "S", "\u212a", "\u017f", "a", "b", "c", "-", "_", ".", ":", "/", " ", "0", "9", "A", "Z", "\n", "\t", "\r", "\f", "\v", "é", "\u00a0", "\u2028", "😀", "\ud800", "\udc00", "]", "}", "\\"];

const patterns = fc
  .tuple(fc.constantFrom("", "(?i)", "^(?i)"), fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }))
  .map(([flags, parts]) => flags + parts.join(""));
const texts = fc.array(fc.constantFrom(...TEXT_CHARS), { maxLength: 12 }).map((parts) => parts.join(""));

/** The built-in policies' patterns, and patterns of the kinds custom policies write. */
const WRITTEN = [
  "[0-9]",
  "(^|[-_.])([0-9a-f]{7,40}|[0-9]{4}-[0-9]{2}-[0-9]{2})([-_.]|$)",
  "(^|\\s)length\\(\\s*\\d+\\s*\\)",
  "^arn:[^:]*:[^:]*:[^:]*:[^:]*[*?]",
  "^[*?]*$",
  "//[^/?#:]+",
  "\\d+",
  "^web-[0-9]+$",
  "(^|[^A-Za-z0-9_])(_[A-Za-z0-9_]+_session|sessionid|connect\\.sid|JSESSIONID)([^A-Za-z0-9_]|$)",
  "(?i)(^|[/^(|])(log-?in|sign-?in|auth|oauth2?|account|forms?|admin)([/._?$)|-]|$)",
  "(?i)^\\s*sha(256|384|512)-",
  "^(?i)\\s*(https?:)?//",
  "(?i)/wp-admin/|/wp-json/|/xmlrpc.php|wp-.*.php|/feed/|index.php|sitemap(_index)?.xml|/cart/",
];

describe("RE2 patterns matched by JavaScript", () => {
  it("accepts only patterns RE2 accepts, and finds what RE2 finds, first match included", () => {
    fc.assert(
      fc.property(patterns, texts, (pattern, text) => {
        const ours = js(pattern, text);
        if (ours === undefined) return;
        expect(() => RE2JS.compile(pattern), pattern).not.toThrow();
        expect(ours, `${JSON.stringify(pattern)} on ${JSON.stringify(text)}`).toEqual(re2(pattern, text));
      }),
      { numRuns: 20_000 },
    );
  });

  it("reads the built-in policies' patterns and those like them", () => {
    for (const pattern of WRITTEN) {
      expect(jsEquivalent(pattern), pattern).toBeDefined();
      fc.assert(
        fc.property(texts, (text) => {
          expect(js(pattern, text)).toEqual(re2(pattern, text));
        }),
        { numRuns: 500 },
      );
      for (const text of ["1.27.3", "latest", "nightly-20260701-6af3d12", "main-6af3d12", "stable-2024-01-15", "arn:aws:s3:::bucket/*", "a length(12) b", "https://example.com/x", "_my_session=1"]) {
        expect(js(pattern, text), `${pattern} on ${text}`).toEqual(re2(pattern, text));
      }
    }
  });

  it("leaves to RE2 what JavaScript reads otherwise or cannot bound", () => {
    const refused = [
      "a(?i)bc", // flags anywhere but at the start
      "(?s).", // other flags
      "(?P<name>a)", // named group
      "[[:alpha:]]", // POSIX class
      "[]a]", // a literal ] to RE2, an empty class to JavaScript
      "[^]a]",
      "\\pL", // Unicode class
      "\\bword", // word boundary
      "\\x41", // hex escape
      "\\_", // RE2 refuses to escape a word character
      "(ab)+", // a repeated group
      "(a|b){2}",
      "a**", // a repetition of a repetition
      "a{1001}", // over RE2's repetition limit
      "a{3,1}",
      "x{", // a brace that is no repetition
      "é", // non-ASCII pattern text
      "[z-a]",
      "(a",
      "a)",
      "*a",
    ];
    for (const pattern of refused) expect(jsEquivalent(pattern), pattern).toBeUndefined();
  });

  it("writes RE2's meaning out: `.` stops only at a newline, `\\s` is ASCII space, `]` and `}` are literals", () => {
    expect(js("a.b", "a\u2028b")?.found).toBe(true);
    expect(js("a.b", "a\nb")?.found).toBe(false);
    expect(js("\\s", "\u00a0")?.found).toBe(false);
    expect(js("\\S", "\u00a0")?.found).toBe(true);
    expect(js("a]}", "xa]}")?.first).toBe("a]}");
    expect(js("[\\s:]+", "a \t:b")?.first).toBe(" \t:");
    expect(js("(?i)^admin$", "ADMIN")?.found).toBe(true);
  });

  it("bounds the work of a match: more for longer texts, and by a power of the length per unbounded repetition", () => {
    const bounded = jsEquivalent("[0-9]{1,3}") as NonNullable<ReturnType<typeof jsEquivalent>>;
    const unbounded = jsEquivalent("\\d+\\s*x") as NonNullable<ReturnType<typeof jsEquivalent>>;
    expect(bounded.bound(100)).toBeLessThan(bounded.bound(1000));
    expect(unbounded.bound(1000)).toBeGreaterThan(1000 ** 3);
  });
});

describe("compileRegex", () => {
  it("matches as RE2 does, through JavaScript for short texts and RE2 for long ones", () => {
    const digits = compileRegex("matches", "\\d+x");
    expect(digits.test("ab12x")).toBe(true);
    expect(digits.find("ab12x")).toBe("12x");
    // 200,000 digits without an x: a backtracking search would take minutes; RE2 takes the call.
    const long = "1".repeat(200_000);
    const started = performance.now();
    expect(digits.test(long)).toBe(false);
    expect(digits.find(`${long}x`)).toBe(`${long}x`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("leaves texts with surrogates to RE2, with the same answers", () => {
    const re = compileRegex("matches", "^[^a]{2}$");
    expect(re.test("😀")).toBe(RE2JS.compile("^[^a]{2}$").test("😀"));
    expect(re.test("\ud800b")).toBe(RE2JS.compile("^[^a]{2}$").test("\ud800b"));
  });

  it("gives RE2's message for a pattern it refuses", () => {
    expect(() => compileRegex("matches", "(a")).toThrow(/matches: invalid regular expression "\(a": /);
    expect(() => compileRegex("matches", "(a)\\1")).toThrow(/invalid regular expression/);
  });
});

describe("glob segments matched by JavaScript", () => {
  /** A segment pattern as the glob compiler writes it: quoted text, `*`, `?` and classes. */
  const segments = fc
    .array(
      fc.oneof(
        fc.constantFrom("a", "b", ".", "-", " ", "é", "x.y", "+", "(", "\\", "$", "\t").map(quoteMeta),
        fc.constantFrom("[^/]*", "[^/]", "[a-c]", "[^a]", "[[:alpha:]]", "[.-]"),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join(""));
  const names = fc.array(fc.constantFrom("a", "b", "c", ".", "-", " ", "é", "x", "y", "+", "(", "\\", "$", "\t", "😀", "\ud800"), { maxLength: 10 }).map((parts) => parts.join(""));

  it("match a whole segment as RE2 does", () => {
    fc.assert(
      fc.property(segments, names, (source, name) => {
        expect(wholeMatch(source).testExact(name), `${JSON.stringify(source)} on ${JSON.stringify(name)}`).toBe(RE2JS.compile(source).testExact(name));
      }),
      { numRuns: 20_000 },
    );
  });

  it("quote text as RE2 reads it literally", () => {
    const text = "a.b-c_d é/\0 [x]\\*?";
    expect(RE2JS.compile(quoteMeta(text)).testExact(text)).toBe(true);
    expect(quoteMeta(text)).toBe("a\\.b\\-c_d\\ é\\/\\x00\\ \\[x\\]\\\\\\*\\?");
  });
});
