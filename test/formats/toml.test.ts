import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tomlParser } from "../../src/formats/toml.js";
import { only, range } from "../helpers/parse.js";

// The shape of Netlify's own docs (docs.netlify.com/routing/headers and /routing/redirects).
const NETLIFY = [
  "[build]", //                                                    1
  '  publish = "public"', //                                       2
  "", //                                                           3
  "[[headers]]", //                                                4
  '  for = "/contact/*"', //                                       5
  "  [headers.values]", //                                         6
  '    Cache-Control = "private, no-store"', //                    7
  "", //                                                           8
  "[[headers]]", //                                                9
  '  for = "/*"', //                                               10
  '  values = { Cache-Control = "public, max-age=0, s-maxage=600", X-Frame-Options = "DENY" }', // 11
  "", //                                                           12
  "[[redirects]]", //                                              13
  '  from = "/old"', //                                            14
  '  to = "/new"', //                                              15
  "  status = 301", //                                             16
  "  force = false", //                                            17
  '  conditions = { Role = ["admin"] }', //                       18
  "",
].join("\n");

describe("tomlParser", () => {
  const document = only(tomlParser.parse(NETLIFY, "netlify.toml"));

  it("reads tables, arrays of tables and inline tables as plain data", () => {
    expect(document.value).toEqual({
      build: { publish: "public" },
      headers: [
        { for: "/contact/*", values: { "Cache-Control": "private, no-store" } },
        { for: "/*", values: { "Cache-Control": "public, max-age=0, s-maxage=600", "X-Frame-Options": "DENY" } },
      ],
      redirects: [{ from: "/old", to: "/new", status: 301, force: false, conditions: { Role: ["admin"] } }],
    });
  });

  it("locates values, table headers and inline-table members", () => {
    expect(document.locate(["headers", 0, "for"])).toEqual(range(5, 9, 5, 21));
    expect(document.locate(["headers", 0, "values", "Cache-Control"])).toEqual(range(7, 21, 7, 40));
    expect(document.locate(["headers", 0, "values"])).toEqual(range(6, 3, 7, 40));
    expect(document.locate(["headers", 1, "values", "X-Frame-Options"])).toEqual(range(11, 83, 11, 89));
    expect(document.locate(["headers", 1])).toEqual(range(9, 1, 11, 91));
    expect(document.locate(["redirects", 0, "conditions", "Role", 0])).toEqual(range(18, 26, 18, 33));
    // A path that does not exist falls back to its deepest existing ancestor.
    expect(document.locate(["headers", 0, "values", "Vary"])).toEqual(range(6, 3, 7, 40));
  });

  it("builds the tables named by dotted keys and keeps dates as written", () => {
    const doc = only(tomlParser.parse('a.b."c.d" = 1\nwhen = 1979-05-27T07:32:00Z\nday = 1979-05-27\nbig = 9007199254740993\n', "x.toml"));
    expect(doc.value).toEqual({ a: { b: { "c.d": 1 } }, when: "1979-05-27T07:32:00Z", day: "1979-05-27", big: "9007199254740993" });
    expect(doc.locate(["a", "b", "c.d"])).toEqual(range(1, 13, 1, 14));
    // A table made by a dotted key is located at the pair that made it.
    expect(doc.locate(["a", "b"])).toEqual(range(1, 1, 1, 14));
    const nested = only(tomlParser.parse("[site.build]\ncmd = 'make'\n", "x.toml"));
    expect(nested.locate(["site"])).toEqual(range(1, 1, 2, 13));
  });

  it("gives CRLF and BOM files the positions of their LF twins", () => {
    const crlf = only(tomlParser.parse(`\uFEFF${NETLIFY.replace(/\n/g, "\r\n")}`, "netlify.toml"));
    expect(crlf.value).toEqual(document.value);
    for (const path of [["headers", 0, "values", "Cache-Control"], ["headers", 1], ["redirects", 0, "status"]]) {
      expect(crlf.locate(path)).toEqual(document.locate(path));
    }
  });

  it("counts columns in UTF-16 code units after astral characters", () => {
    const doc = only(tomlParser.parse('a = "😀"\nb = "x" # 😀\nc = 1\n', "x.toml"));
    expect(doc.locate(["a"])).toEqual(range(1, 5, 1, 9));
    expect(doc.locate(["c"])).toEqual(range(3, 5, 3, 6));
  });

  it("does not let a key named __proto__ change the object's prototype", () => {
    const doc = only(tomlParser.parse('"__proto__" = { polluted = true }\n', "x.toml"));
    expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype);
    expect(Object.keys(doc.value as object)).toEqual(["__proto__"]);
  });

  it.each([
    ["a key defined twice", "a = 1\na = 2\n", "Defining a key multiple times is invalid", range(2, 1, 2, 2)],
    ["a table defined twice", "[a]\nb = 1\n[a]\n", "Defining a key multiple times is invalid", range(3, 2, 3, 3)],
    ["an unterminated string", 'a = "secret\nb = 2\n', "Unterminated string constant", range(1, 12, 1, 12)],
    ["a missing value", "a =\n", "Unspecified values are invalid", range(1, 4, 1, 4)],
    ["an unclosed array", "a = [1,\n", "Unspecified values are invalid", range(1, 8, 1, 8)],
  ])("reports %s at its position", (_name, text, message, at) => {
    const result = tomlParser.parse(text, "x.toml");
    expect(result).toEqual({ ok: false, errors: [{ message, range: at }] });
  });

  it("never throws, and either fails with one positioned error or locates any path", () => {
    const unit = fc.constantFrom(..."[]=.\"'#{},\n\r \tab1-:\uFEFF".split(""));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 50 }), fc.array(fc.oneof(fc.constantFrom("a", "b"), fc.nat(2)), { maxLength: 4 }), (input, path) => {
        const result = tomlParser.parse(input, "fuzz.toml");
        if (!result.ok) {
          expect(result.errors).toHaveLength(1);
          expect(result.errors[0]?.range.line).toBeGreaterThanOrEqual(1);
          return;
        }
        expect(result.documents[0]?.locate(path).line).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
