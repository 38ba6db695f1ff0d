import { describe, expect, it } from "vitest";
import { dotenvParser } from "../../src/formats/dotenv.js";
import type { DocPath, Range } from "../../src/types.js";
import { only, range } from "../helpers/parse.js";

const SECRET = "sk_live_51HfakeSecretValue";

const ENV = [
  "# Laravel-style .env", //                              1
  "APP_ENV=production", //                                2
  "APP_DEBUG=false # never true here", //                 3
  `export STRIPE_SECRET="${SECRET}"`, //                  4
  "DB_PASSWORD='p#ss word'", //                           5
  'PRIVATE_KEY="-----BEGIN KEY-----\\nabc', //            6
  '-----END KEY-----"', //                                7
  "EMPTY=", //                                            8
  "  SPACED = value with spaces  ", //                    9
  "APP_DEBUG=true", //                                    10
  "",
].join("\n");

describe("dotenvParser", () => {
  const document = only(dotenvParser.parse(ENV, ".env"));

  it("reads assignments, quotes, exports and comments", () => {
    expect(document.value).toEqual({
      variables: {
        APP_ENV: "production",
        APP_DEBUG: "true",
        STRIPE_SECRET: SECRET,
        DB_PASSWORD: "p#ss word",
        PRIVATE_KEY: "-----BEGIN KEY-----\nabc\n-----END KEY-----",
        EMPTY: "",
        SPACED: "value with spaces",
      },
      entries: [
        { key: "APP_ENV", value: "production", exported: false, quote: "none" },
        { key: "APP_DEBUG", value: "false", exported: false, quote: "none" },
        { key: "STRIPE_SECRET", value: SECRET, exported: true, quote: "double" },
        { key: "DB_PASSWORD", value: "p#ss word", exported: false, quote: "single" },
        { key: "PRIVATE_KEY", value: "-----BEGIN KEY-----\nabc\n-----END KEY-----", exported: false, quote: "double" },
        { key: "EMPTY", value: "", exported: false, quote: "none" },
        { key: "SPACED", value: "value with spaces", exported: false, quote: "none" },
        { key: "APP_DEBUG", value: "true", exported: false, quote: "none" },
      ],
    });
  });

  it.each([
    ["the last of a repeated variable", ["variables", "APP_DEBUG"], range(10, 11, 10, 15)],
    ["an earlier value before a comment", ["entries", 1, "value"], range(3, 11, 3, 16)],
    ["an exported line", ["entries", 2], range(4, 1, 4, 50)],
    ["a key", ["entries", 2, "key"], range(4, 8, 4, 21)],
    ["a value over two lines", ["variables", "PRIVATE_KEY"], range(6, 13, 7, 19)],
    ["an empty value: its assignment", ["variables", "EMPTY"], range(8, 1, 8, 7)],
    ["a value with inner spaces", ["variables", "SPACED"], range(9, 12, 9, 29)],
    ["a missing variable: the whole file", ["variables", "APP_KEY"], range(1, 1, 10, 15)],
  ] as Array<[string, DocPath, Range]>)("locates %s", (_name, path, expected) => {
    expect(document.locate(path)).toEqual(expected);
  });

  it.each([
    ["CRLF", ENV.replace(/\n/g, "\r\n")],
    ["BOM", `\uFEFF${ENV}`],
    ["BOM and CRLF", `\uFEFF${ENV.replace(/\n/g, "\r\n")}`],
  ])("gives identical values and ranges with %s", (_name, variant) => {
    const other = only(dotenvParser.parse(variant, ".env"));
    expect(other.value).toEqual(document.value);
    for (const path of [["variables", "PRIVATE_KEY"], ["variables", "SPACED"], ["entries", 2]] as DocPath[]) {
      expect(other.locate(path)).toEqual(document.locate(path));
    }
  });

  it.each([
    ["an unterminated quote", `A=1\nTOKEN="${SECRET}\n`, "unterminated quoted value", range(2, 7, 2, 8)],
    ["a line that is not an assignment", `A=1\n${SECRET}\n`, "expected '=' after the variable name", range(2, 27, 2, 27)],
    ["a name that cannot be one", `1PASSWORD=${SECRET}\n`, "expected a variable name", range(1, 1, 1, 37)],
    ["text after a closing quote", `A="${SECRET}" x\n`, "unexpected text after the closing quote", range(1, 32, 1, 33)],
  ])("reports %s without the value", (_name, text, message, expected) => {
    const result = dotenvParser.parse(text, ".env");
    expect(result).toEqual({ ok: false, errors: [{ message, range: expected }] });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });
});
