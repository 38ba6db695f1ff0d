import { readFileSync } from "node:fs";
import { isCelList, type CelValue } from "@bufbuild/cel";
import { isMessage } from "@bufbuild/protobuf";
import { isReflectMessage } from "@bufbuild/protobuf/reflect";
import { timestampDate, TimestampSchema } from "@bufbuild/protobuf/wkt";
import fc from "fast-check";
import micromatch from "micromatch";
import { describe, expect, it } from "vitest";
import { compileCel, createCelEnv, evaluateCel } from "../../src/engine/cel-env.js";
import { celInterpreter } from "../../src/engine/cel-interpreter.js";
import { engineFunctions } from "../../src/engine/interpreter/functions/index.js";
import { BoundedCache } from "../../src/bounded-cache.js";

const NOW = new Date("2024-05-01T12:00:00Z");
const env = createCelEnv({ now: NOW });

/** Plain JS for comparisons: timestamps as ISO strings, lists as arrays. */
function plain(value: CelValue): unknown {
  if (isReflectMessage(value, TimestampSchema) && isMessage(value.message, TimestampSchema)) {
    return timestampDate(value.message).toISOString();
  }
  if (isCelList(value)) return [...value].map(plain);
  return value;
}

/**
 * Evaluates `expr` with `args` bound as the list `subject`, so test values need no CEL
 * escaping: `subject[0].globMatches(subject[1])`. Errors come back as `{ error }`.
 */
function run(expr: string, ...args: unknown[]): unknown {
  const compiled = compileCel(env, expr);
  if (!compiled.ok) throw new Error(`does not compile: ${compiled.message}`);
  const result = evaluateCel(compiled.program, { subject: args, params: { days: 2 } });
  return result.ok ? plain(result.value) : { error: result.message };
}

describe("engine function list", () => {
  const names = engineFunctions(celInterpreter().timestampOf(NOW)).map((f) => f.name);

  it("is sorted, without duplicates", () => {
    expect(names).toEqual([...new Set(names)].sort());
  });

  it("has documentation examples that compile", () => {
    const doc = readFileSync(new URL("../../docs/functions.md", import.meta.url), "utf8");
    const examples = [...doc.matchAll(/```cel\n([\s\S]*?)```/g)].map((m) => (m[1] ?? "").trim());
    expect(examples.length).toBeGreaterThan(15);
    for (const example of examples) expect(compileCel(env, example), example).toMatchObject({ ok: true });
  });

  it("is documented, one heading per function", () => {
    const doc = readFileSync(new URL("../../docs/functions.md", import.meta.url), "utf8");
    const headings = doc.split("\n").filter((line) => line.startsWith("### "));
    for (const name of [...names, "matches"]) {
      expect(headings.some((h) => h.includes(`${name}(`)), name).toBe(true);
    }
  });
});

describe("globMatches", () => {
  it.each([
    ["src/app.ts", "src/*.ts", true],
    ["src/lib/app.ts", "src/*.ts", false],
    ["src/lib/app.ts", "src/**/*.ts", true],
    ["src/app.ts", "src/**/*.ts", true],
    [".github/workflows/ci.yml", ".github/workflows/*.{yml,yaml}", true],
    [".github/workflows/ci.json", ".github/workflows/*.{yml,yaml}", false],
    [".env", "*", true],
    ["config/.env", "**/.env", true],
    [".git/config", "**", true],
    ["a/../b", "**", false],
    ["a/./b", "a/*/b", false],
    ["a/./b", "a/./b", true],
    ["..", ".*", false],
    ["a/b", "a", false],
    ["a", "a/**", true],
    ["x", "*/**", true],
    ["x/y", "*/**", true],
    ["file.txt", "!*.md", true],
    ["file.md", "!*.md", false],
    ["file.md", "!!*.md", true],
    ["key.pem", "*.{pem,key}", true],
    ["b", "[a-c]", true],
    ["d", "[a-c]", false],
    ["d", "[!a-c]", true],
    ["b", "[^a-c]", false],
    ["]", "[]a]", true],
    ["a", "[[:alpha:]]", true],
    ["ab", "a?", true],
    ["a/b", "a?b", false],
    ["a*b", "a\\*b", true],
    ["axb", "a\\*b", false],
    ["{a}", "{a}", true],
    ["a", "{a}", false],
    ["x", "{,a}x", true],
    ["ax", "{,a}x", true],
    ["a/b", "./a/b", true],
    ["a|b", "a|b", true],
    ["A.TXT", "*.txt", false],
    ["", "*", false],
    ["a//b", "a/*/b", false],
    ["a//b", "a/**/b", true],
    ["a/b/", "a/*", false],
    ["a/x/b/c.js", "a/**b/*.js", false],
    ["a/xb/c.js", "a/**b/*.js", true],
  ])("%j matches %j: %j", (path, pattern, expected) => {
    expect(run("subject[0].globMatches(subject[1])", path, pattern)).toBe(expected);
  });

  it.each([
    ["", "glob pattern is empty"],
    ["x".repeat(1025), "glob pattern is longer than 1024 characters"],
    ["!", "glob pattern has nothing after '!'"],
    ["{1..3}", "brace ranges like {1..3} are not supported; list the alternatives instead, e.g. {1,2,3}"],
    ["a{b", "unclosed '{' (escape it as \\{ to match it literally)"],
    ["a}b", "unmatched '}' (escape it as \\} to match it literally)"],
    ["[ab", "unclosed '[' (escape it as \\[ to match it literally)"],
    ["@(a|b)", "parentheses (extglobs such as @(a|b)) are not supported; use {a,b}, or escape them as \\( \\)"],
    ["a\\", "glob pattern ends with a lone backslash"],
    ["[z-a]", "invalid range z-a in a character class"],
    ["[[:foo:]]", "unknown character class [:foo:]"],
    ["a[/]b", "a character class cannot match '/'"],
    ["{a,b}".repeat(9), "braces expand to more than 256 alternatives"],
  ])("refuses %j", (pattern, reason) => {
    expect(run("'x'.globMatches(subject[0])", pattern)).toEqual({
      error: `globMatches: invalid glob ${JSON.stringify(pattern)}: ${reason}`,
    });
  });

  it("stays linear on patterns that make micromatch backtrack exponentially", () => {
    expect(run("subject[0].globMatches(subject[1])", "a".repeat(50_000), "*a".repeat(20) + "*b")).toBe(false);
    expect(run("subject[0].globMatches(subject[1])", "a/".repeat(5_000) + "c", "**/a/".repeat(50) + "b")).toBe(false);
  });

  it("agrees with micromatch (dot: true) on the syntax both read the same way", () => {
    const piece = fc.constantFrom("a", "b", ".", "-", "*", "?", "[ab]", "[^a]", "[a-b]", "{a,b}", "{a,.b}", "ab", ".a");
    const segment = fc.oneof(
      { weight: 1, arbitrary: fc.constant("**") },
      { weight: 4, arbitrary: fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join("")) },
    );
    const pattern = fc
      .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 4 }))
      .map(([negated, segments]) => (negated ? "!" : "") + segments.join("/"))
      // Documented differences: micromatch lets a trailing `/**` match nothing only after a
      // literal segment, reads `**{a,b}` as a globstar, and lets a `**` inside a segment
      // (`**.a`) cross slashes, where docs/functions.md reads it as `*`.
      .filter((p) => !p.endsWith("/**") && !p.includes("**{") && p.split("/").every((seg) => seg.replace(/^!/, "") === "**" || !seg.includes("**")));
    const pathSegment = fc.constantFrom("a", "b", ".a", "ab", "a.b", "-", "b-a", ".ab", "..a", "a.", "...");
    const path = fc.array(pathSegment, { minLength: 1, maxLength: 4 }).map((s) => s.join("/"));
    fc.assert(
      fc.property(pattern, path, (p, s) => {
        expect(run("subject[0].globMatches(subject[1])", s, p)).toBe(micromatch.isMatch(s, p, { dot: true }));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("globMatchesAny", () => {
  it.each([
    ["certs/site.pem", ["*.key", "**/*.pem"], true],
    ["certs/site.crt", ["*.key", "**/*.pem"], false],
    ["anything", [], false],
  ])("%j against %j: %j", (path, patterns, expected) => {
    expect(run("globMatchesAny(subject[0], subject[1])", path, patterns)).toBe(expected);
  });

  it.each([
    [["*.key", 1], "globMatchesAny: patterns[1] must be a string, got double"],
    [["{1..2}"], 'globMatchesAny: invalid glob "{1..2}": brace ranges like {1..2} are not supported; list the alternatives instead, e.g. {1,2,3}'],
  ])("rejects %j", (patterns, error) => {
    expect(run("globMatchesAny('x.pem', subject[0])", patterns)).toEqual({ error });
  });

  it("rejects a non-list", () => {
    expect(run("globMatchesAny('x', subject[0])", "*.pem")).toEqual({
      error: "found no matching overload for 'globMatchesAny' applied to '(string, string)'",
    });
  });
});

describe("matches (RE2)", () => {
  it.each([
    ["abc", "^a.c$", true],
    ["xabcx", "abc", true],
    ["ABC", "(?i)abc", true],
    ["a\nb", "a.b", false],
    ["a\nb", "(?s)a.b", true],
    ["registry.example.com/app:1.2", "^registry\\.example\\.com/", true],
    ["é", "^\\p{L}$", true],
  ])("%j.matches(%j): %j", (text, pattern, expected) => {
    expect(run("subject[0].matches(subject[1])", text, pattern)).toBe(expected);
  });

  it.each([
    ["(", 'matches: invalid regular expression "(": missing closing )'],
    ["(?=x)", 'matches: invalid regular expression "(?=x)": invalid or unsupported Perl syntax'],
    ["(a)\\1", 'matches: invalid regular expression "(a)\\\\1": invalid escape sequence'],
    ["a{1001}", 'matches: invalid regular expression "a{1001}": invalid repeat count'],
    ["x".repeat(8193), "matches: regular expression is longer than 8192 characters"],
  ])("refuses %j", (pattern, error) => {
    expect(run("'x'.matches(subject[0])", pattern)).toEqual({ error });
  });

  it("runs catastrophic-backtracking patterns in linear time", () => {
    const text = `${"a".repeat(100_000)}b`;
    expect(run("subject[0].matches('(a+)+$')", text)).toBe(false);
    expect(run("subject[0].matches('^(a|aa)*$')", text)).toBe(false);
    expect(run("subject[0].matches('(a+)+b')", text)).toBe(true);
  });
});

describe("regexFind", () => {
  it.each([
    ["v1.2.3", "[0-9]+", "1"],
    ["image:1.25.3", ":(.*)$", ":1.25.3"],
    ["abc", "x", ""],
    ["", "a*", ""],
    ["aaa", "a+?", "a"],
    ["Token: ghp_abc123", "ghp_[A-Za-z0-9]+", "ghp_abc123"],
  ])("%j.regexFind(%j) is %j", (text, pattern, expected) => {
    expect(run("subject[0].regexFind(subject[1])", text, pattern)).toBe(expected);
  });

  it("refuses an invalid pattern", () => {
    expect(run("'x'.regexFind('[')")).toEqual({
      error: 'regexFind: invalid regular expression "[": missing closing ]',
    });
  });

  it("is linear on a long input", () => {
    expect(run("size(subject[0].regexFind('(a+)+b'))", `${"a".repeat(50_000)}b`)).toBe(50_001n);
  });
});

describe("cidrContains", () => {
  it.each([
    ["10.0.0.0/8", "10.1.2.3", true],
    ["10.0.0.0/8", "11.0.0.1", false],
    ["10.0.0.0/8", "10.1.0.0/16", true],
    ["10.1.0.0/16", "10.0.0.0/8", false],
    ["10.0.0.0/8", "10.0.0.0/8", true],
    ["10.0.0.1/8", "10.200.0.0/16", true],
    ["0.0.0.0/0", "192.168.1.1", true],
    ["192.168.0.0/23", "192.168.1.255", true],
    ["192.168.0.0/23", "192.168.2.0", false],
    ["10.0.0.0/255.0.0.0", "10.9.9.9", true],
    ["10.0.0.1", "10.0.0.1", true],
    ["10.0.0.1", "10.0.0.0/31", false],
    ["2001:db8::/32", "2001:db8:1::1", true],
    ["2001:db8::/32", "2001:db9::1", false],
    ["2001:db8::/32", "2001:db8::/48", true],
    ["10.0.0.0/8", "::ffff:10.1.2.3", true],
    ["0.0.0.0/0", "::1", false],
    ["::/0", "10.0.0.1", false],
  ])("cidrContains(%j, %j): %j", (outer, inner, expected) => {
    expect(run("cidrContains(subject[0], subject[1])", outer, inner)).toBe(expected);
  });

  it.each([
    ["10.0.0.0/33", '"10.0.0.0/33" is not a CIDR block or IP address: prefix length /33 is larger than 32'],
    ["2001:db8::/129", '"2001:db8::/129" is not a CIDR block or IP address: prefix length /129 is larger than 128'],
    ["010.0.0.0/8", '"010.0.0.0/8" is not a CIDR block or IP address: "010.0.0.0" is not an IPv4 or IPv6 address'],
    ["10/8", '"10/8" is not a CIDR block or IP address: "10" is not an IPv4 or IPv6 address'],
    ["10.0.0.0/255.0.255.0", '"10.0.0.0/255.0.255.0" is not a CIDR block or IP address: netmask 255.0.255.0 is not contiguous'],
    ["10.0.0.0/x", '"10.0.0.0/x" is not a CIDR block or IP address: "x" is not a prefix length'],
    ["10.0.0.0/08", '"10.0.0.0/08" is not a CIDR block or IP address: "08" is not a prefix length'],
    ["fe80::1%eth0/64", '"fe80::1%eth0/64" is not a CIDR block or IP address: "fe80::1%eth0" is not an IPv4 or IPv6 address'],
    [" 10.0.0.0/8", '" 10.0.0.0/8" is not a CIDR block or IP address: " 10.0.0.0" is not an IPv4 or IPv6 address'],
    ["", '"" is not a CIDR block or IP address: "" is not an IPv4 or IPv6 address'],
  ])("refuses %j", (cidr, reason) => {
    expect(run("cidrContains(subject[0], '10.0.0.1')", cidr)).toEqual({ error: `cidrContains: ${reason}` });
  });

  const ipv4Cidr = fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([ip, prefix]) => `${ip}/${prefix}`);
  const ipv6Cidr = fc.tuple(fc.ipV6(), fc.integer({ min: 0, max: 128 })).map(([ip, prefix]) => `${ip}/${prefix}`);

  it("holds for every block and itself", () => {
    fc.assert(
      fc.property(fc.oneof(ipv4Cidr, ipv6Cidr), (cidr) => {
        expect(run("cidrContains(subject[0], subject[0]) && cidrOverlaps(subject[0], subject[0])", cidr)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a block contains every address it was written with", () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (ip, prefix) => {
        expect(run("cidrContains(subject[0], subject[1])", `${ip}/${prefix}`, ip)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("cidrOverlaps", () => {
  it.each([
    ["10.0.0.0/8", "10.255.0.0/16", true],
    ["10.255.0.0/16", "10.0.0.0/8", true],
    ["10.0.0.0/16", "10.1.0.0/16", false],
    ["0.0.0.0/0", "1.2.3.4/32", true],
    ["2001:db8::/48", "2001:db8:0:1::/64", true],
    ["10.0.0.0/8", "2001:db8::/32", false],
  ])("cidrOverlaps(%j, %j): %j", (a, b, expected) => {
    expect(run("cidrOverlaps(subject[0], subject[1])", a, b)).toBe(expected);
  });

  it("is symmetric", () => {
    const cidr = fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([ip, p]) => `${ip}/${p}`);
    fc.assert(
      fc.property(cidr, cidr, (a, b) => {
        expect(run("cidrOverlaps(subject[0], subject[1])", a, b)).toBe(run("cidrOverlaps(subject[1], subject[0])", a, b));
      }),
      { numRuns: 300 },
    );
  });

  it("rejects invalid input", () => {
    expect(run("cidrOverlaps('10.0.0.0/8', 'internet')")).toEqual({
      error: 'cidrOverlaps: "internet" is not a CIDR block or IP address: "internet" is not an IPv4 or IPv6 address',
    });
  });
});

describe("isCidr", () => {
  it.each([
    ["10.0.0.0/8", true],
    ["::/0", true],
    ["10.0.0.0/255.255.0.0", true],
    ["10.0.0.1", false],
    ["10.0.0.0/33", false],
    ["not an ip", false],
    ["", false],
  ])("isCidr(%j): %j", (text, expected) => {
    expect(run("isCidr(subject[0])", text)).toBe(expected);
  });
});

describe("isAllAddresses", () => {
  it.each([
    ["0.0.0.0/0", true],
    ["::/0", true],
    ["0.0.0.0/0.0.0.0", true],
    ["10.0.0.0/0", true],
    ["::ffff:0.0.0.0/96", true],
    ["0.0.0.0", false],
    ["0.0.0.0/1", false],
    ["::/1", false],
  ])("isAllAddresses(%j): %j", (text, expected) => {
    expect(run("isAllAddresses(subject[0])", text)).toBe(expected);
  });

  it("rejects what is not a block", () => {
    expect(run("isAllAddresses('*')")).toEqual({
      error: 'isAllAddresses: "*" is not a CIDR block or IP address: "*" is not an IPv4 or IPv6 address',
    });
  });
});

describe("domainMatches", () => {
  it.each([
    ["example.com", "example.com", true],
    ["api.example.com", "example.com", true],
    ["a.b.example.com", "example.com", true],
    ["badexample.com", "example.com", false],
    ["example.com.evil.net", "example.com", false],
    ["example.org", "example.com", false],
    ["example.com", "*.example.com", false],
    ["api.example.com", "*.example.com", true],
    ["a.b.example.com", "*.example.com", true],
    ["example.com", ".example.com", true],
    ["api.example.com", ".example.com", true],
    ["API.Example.COM.", "example.com", true],
    ["example.com", "EXAMPLE.com.", true],
    ["anything.test", "*", true],
    ["_dmarc.example.com", "example.com", true],
    ["bücher.example", "*.example", true],
  ])("domainMatches(%j, %j): %j", (host, pattern, expected) => {
    expect(run("domainMatches(subject[0], subject[1])", host, pattern)).toBe(expected);
  });

  it.each([
    ["example.com", "*example.com", 'domainMatches: "*example.com": a wildcard is only allowed as the whole first label, as in *.example.com'],
    ["example.com", "a.*.com", 'domainMatches: "a.*.com": a wildcard is only allowed as the whole first label, as in *.example.com'],
    ["example.com", "*.", 'domainMatches: "*." is not a domain pattern'],
    ["example.com", "", 'domainMatches: "" is not a domain pattern'],
    ["exa mple.com", "example.com", 'domainMatches: "exa mple.com" is not a domain name'],
    ["example.com:443", "example.com", 'domainMatches: "example.com:443" is not a domain name'],
    ["https://example.com/", "example.com", 'domainMatches: "https://example.com/" is not a domain name'],
    ["a..b", "b", 'domainMatches: "a..b" is not a domain name'],
    ["", "b", 'domainMatches: "" is not a domain name'],
  ])("domainMatches(%j, %j) is an error", (host, pattern, error) => {
    expect(run("domainMatches(subject[0], subject[1])", host, pattern)).toEqual({ error });
  });

  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
  const domain = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join("."));

  it("admits every subdomain of a plain or `*.` pattern, and `*.` never the domain itself", () => {
    fc.assert(
      fc.property(label, domain, (sub, d) => {
        const host = `${sub}.${d}`;
        expect(run("domainMatches(subject[0], subject[1])", host, d)).toBe(true);
        expect(run("domainMatches(subject[0], subject[1])", host, `*.${d}`)).toBe(true);
        expect(run("domainMatches(subject[0], subject[1])", d, `*.${d}`)).toBe(false);
        expect(run("domainMatches(subject[0].upperAscii() + '.', subject[1])", host, `.${d}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("whatever a pattern admits, it also covers", () => {
    const pattern = fc.oneof(domain, domain.map((d) => `*.${d}`), domain.map((d) => `.${d}`), fc.constant("*"));
    fc.assert(
      fc.property(domain, pattern, (host, p) => {
        fc.pre(run("domainMatches(subject[0], subject[1])", host, p) === true);
        expect(run("wildcardCovers(subject[1], subject[0])", host, p)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("domainMatchesAny", () => {
  it.each([
    ["api.dropbox.com", ["github.com", ".dropbox.com"], true],
    ["example.org", ["github.com"], false],
    ["x.com", [], false],
  ])("domainMatchesAny(%j, %j): %j", (host, patterns, expected) => {
    expect(run("domainMatchesAny(subject[0], subject[1])", host, patterns)).toBe(expected);
  });

  it("rejects a non-string pattern", () => {
    expect(run("domainMatchesAny('x.com', subject[0])", ["a.com", true])).toEqual({
      error: "domainMatchesAny: patterns[1] must be a string, got bool",
    });
  });
});

describe("wildcardCovers", () => {
  it.each([
    ["*.dropbox.com", "dropbox.com", true],
    [".dropbox.com", "dropbox.com", true],
    ["dropbox.com", "dropbox.com", true],
    ["*", "dropbox.com", true],
    ["*.com", "dropbox.com", true],
    ["content.dropbox.com", "dropbox.com", true],
    ["dropbox.com", "content.dropbox.com", true],
    ["*.dropbox.com", "content.dropbox.com", true],
    ["DropBox.com.", "dropbox.COM", true],
    ["github.com", "dropbox.com", false],
    ["dropbox.com.evil.net", "dropbox.com", false],
    ["notdropbox.com", "dropbox.com", false],
    ["*.org", "dropbox.com", false],
  ])("wildcardCovers(%j, %j): %j", (pattern, domain, expected) => {
    expect(run("wildcardCovers(subject[0], subject[1])", pattern, domain)).toBe(expected);
  });

  it("wants a plain domain as its second argument", () => {
    expect(run("wildcardCovers('*', '*.dropbox.com')")).toEqual({
      error: 'wildcardCovers: "*.dropbox.com" is not a domain name',
    });
  });
});

describe("date", () => {
  it.each([
    ["2024-01-01", "2024-01-01T00:00:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["2024-05-01T12:00:00Z", "2024-05-01T12:00:00.000Z"],
    ["2024-05-01T14:30:00+02:00", "2024-05-01T12:30:00.000Z"],
    ["2024-05-01T00:30:00-01:00", "2024-05-01T01:30:00.000Z"],
    ["2024-05-01t12:00:00.25z", "2024-05-01T12:00:00.250Z"],
    ["2024-05-01 12:00:00Z", "2024-05-01T12:00:00.000Z"],
    ["0001-01-01", "0001-01-01T00:00:00.000Z"],
    ["0099-03-01", "0099-03-01T00:00:00.000Z"],
    ["9999-12-31T23:59:59Z", "9999-12-31T23:59:59.000Z"],
  ])("date(%j) is %s", (text, iso) => {
    expect(run("date(subject[0])", text)).toBe(iso);
  });

  it.each([
    ["2023-02-29", "there is no day 29 in that month"],
    ["2024-04-31", "there is no day 31 in that month"],
    ["2024-00-10", "there is no month 0"],
    ["0000-01-01", "year 0000 is out of range"],
    ["2024-01-01T24:00:00Z", "the time of day is out of range"],
    ["2024-06-30T23:59:60Z", "leap seconds are not supported"],
    ["2024-01-01T00:00:00+24:00", "the UTC offset is out of range"],
    ["2024-01-01T00:00:00", "expected YYYY-MM-DD or an RFC 3339 timestamp such as 2024-05-01T12:00:00Z"],
    ["01/02/2024", "expected YYYY-MM-DD or an RFC 3339 timestamp such as 2024-05-01T12:00:00Z"],
    ["2024-1-1", "expected YYYY-MM-DD or an RFC 3339 timestamp such as 2024-05-01T12:00:00Z"],
    ["", "expected YYYY-MM-DD or an RFC 3339 timestamp such as 2024-05-01T12:00:00Z"],
  ])("refuses %j", (text, reason) => {
    expect(run("date(subject[0])", text)).toEqual({ error: `date: ${JSON.stringify(text)} is not a date: ${reason}` });
  });

  it("keeps nanoseconds and interoperates with CEL's timestamps", () => {
    expect(run("date('2024-05-01T12:00:00.123456789Z') - timestamp('2024-05-01T12:00:00Z') == duration('123456789ns')")).toBe(true);
    expect(run("date('2024-01-01') == timestamp('2024-01-01T00:00:00Z')")).toBe(true);
    expect(run("date(timestamp('2024-01-01T00:00:00Z')) == date('2024-01-01')")).toBe(true);
    expect(run("date('2024-05-01').getDayOfWeek()")).toBe(3n);
  });

  it("refuses other types", () => {
    expect(run("date(20240101)")).toEqual({ error: "date: its argument must be a timestamp or a date string, got int" });
  });
});

describe("daysBetween, daysSince, daysUntil", () => {
  it.each([
    ["daysBetween('2024-01-01', '2024-03-01')", 60n],
    ["daysBetween('2023-01-01', '2023-03-01')", 59n],
    ["daysBetween('2024-03-01', '2024-01-01')", -60n],
    ["daysBetween('2024-01-01T00:00:00Z', '2024-01-01T23:59:59Z')", 0n],
    ["daysBetween('2024-01-01T23:59:59Z', '2024-01-01T00:00:00Z')", -1n],
    ["daysBetween(timestamp('2024-01-01T00:00:00Z'), '2024-01-08')", 7n],
    ["daysUntil('2024-05-02')", 0n],
    ["daysUntil('2024-05-31')", 29n],
    ["daysUntil('2024-05-01')", -1n],
    ["daysUntil(now)", 0n],
    ["daysSince('2024-05-01')", 0n],
    ["daysSince('2024-01-01')", 121n],
    ["daysSince('2024-05-02')", -1n],
    ["daysSince(addDays(now, -90)) >= 90", true],
    ["daysUntil(subject[0]) < 30", true],
  ])("%s is %s", (expr, expected) => {
    expect(run(expr, "2024-05-20")).toBe(expected);
  });

  it.each([
    ["daysUntil(1)", "daysUntil: its argument must be a timestamp or a date string, got int"],
    ["daysSince([])", "daysSince: its argument must be a timestamp or a date string, got list"],
    ["daysBetween('2024-01-01', 'soon')", 'daysBetween: "soon" is not a date: expected YYYY-MM-DD or an RFC 3339 timestamp such as 2024-05-01T12:00:00Z'],
    ["daysBetween(null, '2024-01-01')", "daysBetween: the first argument must be a timestamp or a date string, got null_type"],
  ])("%s is an error", (expr, error) => {
    expect(run(expr)).toEqual({ error });
  });

  it("is antisymmetric on whole days and inverts addDays", () => {
    const day = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: -100_000, max: 100_000 }), (d, n) => {
        const iso = d.toISOString();
        expect(run("daysBetween(subject[0], addDays(subject[0], subject[1]))", iso, BigInt(n))).toBe(BigInt(n));
        expect(run("daysBetween(date(subject[0]), subject[1]) + daysBetween(subject[1], date(subject[0]))", iso.slice(0, 10), "2000-01-01")).toBe(0n);
      }),
      { numRuns: 300 },
    );
  });
});

describe("addDays", () => {
  it.each([
    ["addDays(date('2024-02-28'), 1)", "2024-02-29T00:00:00.000Z"],
    ["addDays('2024-03-01', -1)", "2024-02-29T00:00:00.000Z"],
    ["addDays(now, 0)", "2024-05-01T12:00:00.000Z"],
    ["addDays(now, params.days)", "2024-05-03T12:00:00.000Z"],
    ["addDays('2024-01-01T06:30:00.5Z', 365)", "2024-12-31T06:30:00.500Z"],
  ])("%s is %s", (expr, iso) => {
    expect(run(expr)).toBe(iso);
  });

  it.each([
    ["addDays(now, 1.5)", "addDays: the number of days must be a whole number, got 1.5"],
    ["addDays(now, 'x')", "addDays: the number of days must be a whole number, got string"],
    ["addDays(date('9999-12-31'), 1)", "addDays: the result is outside the supported range (years 1 to 9999)"],
    ["addDays(date('0001-01-01'), -1)", "addDays: the result is outside the supported range (years 1 to 9999)"],
    ["addDays(1, 1)", "addDays: the first argument must be a timestamp or a date string, got int"],
  ])("%s is an error", (expr, error) => {
    expect(run(expr)).toEqual({ error });
  });
});

describe("BoundedCache", () => {
  it("keeps the most recently used entries and does not cache failures", () => {
    const cache = new BoundedCache<string, { n: number }>(2);
    let created = 0;
    const make = (key: string): { n: number } => {
      if (key === "bad") throw new Error("bad");
      created += 1;
      return { n: created };
    };
    const a = cache.getOrCreate("a", make);
    cache.getOrCreate("b", make);
    expect(cache.getOrCreate("a", make)).toBe(a);
    cache.getOrCreate("c", make);
    expect(cache.size).toBe(2);
    expect(cache.getOrCreate("a", make)).toBe(a);
    expect(cache.getOrCreate("b", make)).toEqual({ n: 4 });
    expect(() => cache.getOrCreate("bad", make)).toThrow("bad");
    expect(cache.size).toBe(2);
  });

  it("lets the least recently used quarter go at once when full, keeping the entries used since", () => {
    const cache = new BoundedCache<number, { n: number }>(8);
    const kept = new Map<number, { n: number }>();
    for (let n = 0; n < 8; n++) kept.set(n, cache.getOrCreate(n, () => ({ n })));
    // 0 and 1 used again: 2 and 3 are now the least recently used.
    cache.getOrCreate(0, () => ({ n: -1 }));
    cache.getOrCreate(1, () => ({ n: -1 }));
    cache.getOrCreate(8, (n) => ({ n }));
    expect(cache.size).toBe(7);
    for (const n of [0, 1, 4, 5, 6, 7]) expect(cache.getOrCreate(n, () => ({ n: -1 }))).toBe(kept.get(n));
    expect(cache.getOrCreate(2, () => ({ n: -2 }))).toEqual({ n: -2 });
  });
});
