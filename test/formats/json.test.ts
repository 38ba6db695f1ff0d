import { beforeEach, describe, expect, it, vi } from "vitest";
import * as momoaModule from "@humanwhocodes/momoa";
import { json5Parser, jsonParser, jsoncParser } from "../../src/formats/json.js";
import type { DocPath, Parser, Range } from "../../src/types.js";
import { only, range } from "../helpers/parse.js";

// momoa is loaded on first use (src/vendor.ts); it is wrapped, not replaced, so that the lazy
// test can count its calls.
const parseMomoa = vi.fn(momoaModule.parse);
vi.mock("../../src/vendor.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/vendor.js")>();
  return { ...actual, vendored: { ...actual.vendored, momoa: () => ({ ...momoaModule, parse: parseMomoa }) } };
});

const PACKAGE = [
  "{", //                                         1
  '  "name": "shop-web",', //                     2
  '  "private": true,', //                        3
  '  "scripts": {', //                            4
  '    "build": "tsc -p .",', //                  5
  '    "postinstall": "node scripts/fetch.js"', // 6
  "  },", //                                      7
  '  "workspaces": ["packages/*", "apps/*"]', //  8
  "}", //                                         9
  "",
].join("\n");

describe("jsonParser", () => {
  const document = only(jsonParser.parse(PACKAGE, "package.json"));

  it("reads one document with JSON.parse semantics", () => {
    expect(document.index).toBe(0);
    expect(document.file).toBe("package.json");
    expect(document.value).toEqual({
      name: "shop-web",
      private: true,
      scripts: { build: "tsc -p .", postinstall: "node scripts/fetch.js" },
      workspaces: ["packages/*", "apps/*"],
    });
  });

  it.each([
    ["a string value, quotes included", ["scripts", "postinstall"], range(6, 20, 6, 43)],
    ["a boolean", ["private"], range(3, 14, 3, 18)],
    ["an object", ["scripts"], range(4, 14, 7, 4)],
    ["an array element", ["workspaces", 1], range(8, 32, 8, 40)],
    ["an array element by string index", ["workspaces", "0"], range(8, 18, 8, 30)],
    ["the root", [], range(1, 1, 9, 2)],
    ["a missing key: the deepest existing ancestor", ["scripts", "test"], range(4, 14, 7, 4)],
    ["a missing index: the array", ["workspaces", 2], range(8, 17, 8, 41)],
    ["a path through a scalar: the scalar", ["name", "first"], range(2, 11, 2, 21)],
  ] as Array<[string, DocPath, Range]>)("locates %s", (_name, path, expected) => {
    expect(document.locate(path)).toEqual(expected);
  });

  it("locates the last of duplicate keys, the one JSON.parse keeps", () => {
    const duplicate = only(jsonParser.parse('{"a": 1,\n "a": 2}', "dup.json"));
    expect(duplicate.value).toEqual({ a: 2 });
    expect(duplicate.locate(["a"])).toEqual(range(2, 7, 2, 8));
  });

  it("keeps __proto__ as a plain key", () => {
    const proto = only(jsonParser.parse('{"__proto__": {"polluted": true}}', "proto.json"));
    expect(Object.hasOwn(proto.value as object, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(proto.locate(["__proto__", "polluted"])).toEqual(range(1, 28, 1, 32));
  });

  it.each([
    ["a trailing comma", '{"a": 1,}', "Unexpected token '}' found.", range(1, 9, 1, 10)],
    ["a bare word", '{\n  "a": x\n}', "Unexpected character 'x' found.", range(2, 8, 2, 9)],
    ["single quotes", "{'a': 1}", "Unexpected character ''' found.", range(1, 2, 1, 3)],
    ["a comment", "// c\n{}", "Unexpected character '/' found.", range(1, 1, 1, 2)],
    ["two values", '{"a": 1} {"b": 2}', "Unexpected token '{' found.", range(1, 10, 1, 11)],
    ["input cut short", '{\n  "a": [1,\n\n', "Unexpected end of input.", range(2, 11, 2, 11)],
    ["an unterminated string", '{"a": "b', "Unexpected end of input.", range(1, 9, 1, 9)],
    ["an empty file", "", "Unexpected end of input.", range(1, 1, 1, 1)],
    ["a blank file", "  \n", "Unexpected end of input.", range(1, 1, 1, 1)],
  ])("reports %s with its position", (_name, text, message, expected) => {
    expect(jsonParser.parse(text, "bad.json")).toEqual({ ok: false, errors: [{ message, range: expected }] });
  });
});

describe("jsoncParser", () => {
  const TSCONFIG = [
    "// Base compiler options", //      1
    "{", //                             2
    "  /* shared settings */", //       3
    '  "extends": "./base.json",', //   4
    '  "compilerOptions": {', //        5
    '    "strict": true, // always', // 6
    '    "paths": { "@/*": ["src/*"], },', // 7
    "  },", //                          8
    "}", //                             9
    "",
  ].join("\n");

  it("accepts comments and trailing commas", () => {
    const document = only(jsoncParser.parse(TSCONFIG, "tsconfig.json"));
    expect(document.value).toEqual({ extends: "./base.json", compilerOptions: { strict: true, paths: { "@/*": ["src/*"] } } });
    expect(document.locate(["compilerOptions", "strict"])).toEqual(range(6, 15, 6, 19));
    expect(document.locate(["compilerOptions", "paths", "@/*", 0])).toEqual(range(7, 24, 7, 31));
    expect(document.locate([])).toEqual(range(2, 1, 9, 2));
  });

  it("makes the same trailing comma an error for json and fine for jsonc", () => {
    const text = '{\n  "compilerOptions": {\n    "strict": true,\n  },\n}\n';
    expect(jsonParser.parse(text, "tsconfig.json")).toEqual({
      ok: false,
      errors: [{ message: "Unexpected token '}' found.", range: range(4, 3, 4, 4) }],
    });
    const document = only(jsoncParser.parse(text, "tsconfig.json"));
    expect(document.value).toEqual({ compilerOptions: { strict: true } });
    expect(document.locate(["compilerOptions", "strict"])).toEqual(range(3, 15, 3, 19));
  });

  it.each([
    ["an unclosed block comment", '{"a": 1, /* open', "Unexpected end of input.", range(1, 17, 1, 17)],
    ["JSON5 single quotes", "{'a': 1}", "Unexpected character ''' found.", range(1, 2, 1, 3)],
    ["a missing comma", '{\n  "a": 1\n  "b": 2\n}', "Unexpected token String found.", range(3, 3, 3, 4)],
  ])("reports %s with its position", (_name, text, message, expected) => {
    expect(jsoncParser.parse(text, "bad.jsonc")).toEqual({ ok: false, errors: [{ message, range: expected }] });
  });
});

describe("json5Parser", () => {
  const RENOVATE = [
    "// Renovate configuration for the shop monorepo", //                          1
    "{", //                                                                        2
    "  $schema: 'https://docs.renovatebot.com/renovate-schema.json',", //         3
    "  extends: ['config:recommended', ':pinAllExceptPeerDependencies',],", //    4
    "  timezone: 'Europe/Paris',", //                                             5
    "  /* automerge only patch updates of dev tools */", //                       6
    "  packageRules: [", //                                                       7
    "    {", //                                                                   8
    "      matchUpdateTypes: ['patch'],", //                                      9
    '      matchDepTypes: ["devDependencies"],', //                              10
    "      automerge: true,", //                                                 11
    "      minimumReleaseAge: '3 days',", //                                     12
    "    },", //                                                                 13
    "    {", //                                                                  14
    "      matchPackageNames: ['@acme/*'],", //                                  15
    "      enabled: false,", //                                                  16
    "    },", //                                                                 17
    "  ],", //                                                                   18
    "  prConcurrentLimit: 0x0A,", //                                             19
    "}", //                                                                      20
    "",
  ].join("\n");

  const renovate = only(json5Parser.parse(RENOVATE, "renovate.json5"));

  it("reads unquoted keys, single quotes, hex numbers, comments and trailing commas", () => {
    expect(renovate.value).toEqual({
      $schema: "https://docs.renovatebot.com/renovate-schema.json",
      extends: ["config:recommended", ":pinAllExceptPeerDependencies"],
      timezone: "Europe/Paris",
      packageRules: [
        { matchUpdateTypes: ["patch"], matchDepTypes: ["devDependencies"], automerge: true, minimumReleaseAge: "3 days" },
        { matchPackageNames: ["@acme/*"], enabled: false },
      ],
      prConcurrentLimit: 10,
    });
  });

  it.each([
    ["a nested boolean", ["packageRules", 0, "automerge"], range(11, 18, 11, 22)],
    ["a single-quoted string", ["packageRules", 0, "minimumReleaseAge"], range(12, 26, 12, 34)],
    ["an array element", ["extends", 1], range(4, 35, 4, 66)],
    ["a hex number", ["prConcurrentLimit"], range(19, 22, 19, 26)],
    ["an object in an array", ["packageRules", 1], range(14, 5, 17, 6)],
    ["the root, without the comment above it", [], range(2, 1, 20, 2)],
    ["a missing key", ["packageRules", 1, "schedule"], range(14, 5, 17, 6)],
    ["a missing index", ["packageRules", 7], range(7, 17, 18, 4)],
  ] as Array<[string, DocPath, Range]>)("locates %s", (_name, path, expected) => {
    expect(renovate.locate(path)).toEqual(expected);
  });

  it("reads JSON5 numbers", () => {
    const document = only(json5Parser.parse("{a: .5, b: +1, c: -Infinity, d: NaN, e: 1e3}", "n.json5"));
    expect(document.value).toEqual({ a: 0.5, b: 1, c: -Infinity, d: Number.NaN, e: 1000 });
  });

  it.each([
    ["a missing comma", "{a: 'x' b: 1}", "Unexpected token Identifier found.", range(1, 9, 1, 10)],
    ["input cut short", "{a: 'x',\n  b: [\n", "Unexpected end of input.", range(2, 7, 2, 7)],
  ])("reports %s with its position", (_name, text, message, expected) => {
    expect(json5Parser.parse(text, "bad.json5")).toEqual({ ok: false, errors: [{ message, range: expected }] });
  });
});

describe("line endings and byte order marks", () => {
  const variants: Array<[string, (text: string) => string]> = [
    ["LF", (text) => text],
    ["CRLF", (text) => text.replace(/\n/g, "\r\n")],
    ["BOM + LF", (text) => `\uFEFF${text}`],
    ["BOM + CRLF", (text) => `\uFEFF${text.replace(/\n/g, "\r\n")}`],
  ];
  const parsers: Array<[Parser, string, DocPath, Range]> = [
    [jsonParser, '{\n  "a": {\n    "b": [1, "two"]\n  }\n}\n', ["a", "b", 1], range(3, 14, 3, 19)],
    [jsoncParser, '// c\n{\n  "a": {\n    "b": [1, "two",],\n  },\n}\n', ["a", "b", 1], range(4, 14, 4, 19)],
    [json5Parser, "// c\n{\n  a: {\n    b: [1, 'two',],\n  },\n}\n", ["a", "b", 1], range(4, 12, 4, 17)],
  ];

  it.each(variants.flatMap(([name, transform]) => parsers.map(([parser, text, path, expected]) => [name, parser.id, transform, parser, text, path, expected] as const)))(
    "%s %s: same value and range as LF",
    (_name, _id, transform, parser, text, path, expected) => {
      const document = only(parser.parse(transform(text), "f"));
      expect(document.value).toEqual(only(parser.parse(text, "f")).value);
      expect(document.locate(path)).toEqual(expected);
      expect(document.locate(["a"])).toEqual(only(parser.parse(text, "f")).locate(["a"]));
    },
  );

  it.each(variants)("%s: same error position as LF", (_name, transform) => {
    expect(jsonParser.parse(transform('{\n  "a": x\n}\n'), "bad.json")).toEqual({
      ok: false,
      errors: [{ message: "Unexpected character 'x' found.", range: range(2, 8, 2, 9) }],
    });
  });
});

describe("positions are lazy for plain JSON", () => {
  const momoa = parseMomoa;
  beforeEach(() => {
    momoa.mockClear();
  });

  it("does not parse for positions until locate is called, then only once", () => {
    const document = only(jsonParser.parse(PACKAGE, "package.json"));
    expect(momoa).not.toHaveBeenCalled();
    expect(document.locate(["private"])).toEqual(range(3, 14, 3, 18));
    expect(momoa).toHaveBeenCalledTimes(1);
    document.locate(["scripts", "build"]);
    document.locate([]);
    expect(momoa).toHaveBeenCalledTimes(1);
  });

  it("parses JSONC once, for values and positions together", () => {
    const document = only(jsoncParser.parse('{"a": [1, 2,],}', "x.jsonc"));
    document.locate(["a", 1]);
    document.locate(["a"]);
    expect(momoa).toHaveBeenCalledTimes(1);
  });
});
