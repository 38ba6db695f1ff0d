import { describe, expect, it } from "vitest";
import { netlifyHeadersParser } from "../../src/formats/netlify-headers.js";
import { only, range } from "../helpers/parse.js";

// The example of docs.netlify.com/routing/headers, with a form route and a repeated header.
const HEADERS = [
  "# a path:", //                                          1
  "/templates/index.html", //                              2
  "  # headers for that path:", //                         3
  "  X-Frame-Options: DENY", //                            4
  "  X-XSS-Protection: 1; mode=block", //                  5
  "/contact/*", //                                         6
  "  Cache-Control: private", //                           7
  "  cache-control:   no-store  ", //                      8
  "", //                                                   9
  "/*", //                                                 10
  "  Content-Security-Policy: default-src 'self'; script-src 'self' https://cdn.example.com", // 11
  "https://shop.netlify.app/*", //                         12
  "  X-Robots-Tag: noindex", //                            13
  "",
].join("\n");

describe("netlifyHeadersParser", () => {
  const document = only(netlifyHeadersParser.parse(HEADERS, "public/_headers"));

  it("reads rules in file order with every value of each header", () => {
    expect(document.value).toEqual([
      { path: "/templates/index.html", headers: { "X-Frame-Options": ["DENY"], "X-XSS-Protection": ["1; mode=block"] } },
      { path: "/contact/*", headers: { "Cache-Control": ["private", "no-store"] } },
      { path: "/*", headers: { "Content-Security-Policy": ["default-src 'self'; script-src 'self' https://cdn.example.com"] } },
      { path: "https://shop.netlify.app/*", headers: { "X-Robots-Tag": ["noindex"] } },
    ]);
  });

  it("locates rules, paths, header lines and single values", () => {
    expect(document.locate([0])).toEqual(range(2, 1, 5, 34));
    expect(document.locate([0, "path"])).toEqual(range(2, 1, 2, 22));
    expect(document.locate([0, "headers"])).toEqual(range(4, 3, 5, 34));
    expect(document.locate([0, "headers", "X-XSS-Protection"])).toEqual(range(5, 3, 5, 34));
    expect(document.locate([1, "headers", "Cache-Control", 1])).toEqual(range(8, 20, 8, 28));
    expect(document.locate([1, "headers", "Cache-Control"])).toEqual(range(7, 3, 7, 25));
    expect(document.locate([2, "headers", "Vary"])).toEqual(range(11, 3, 11, 89));
  });

  it("gives CRLF and BOM files the positions of their LF twins", () => {
    const crlf = only(netlifyHeadersParser.parse(`\uFEFF${HEADERS.replace(/\n/g, "\r\n")}`, "_headers"));
    expect(crlf.value).toEqual(document.value);
    for (const path of [[0], [1, "headers", "Cache-Control", 1], [3, "path"]]) expect(crlf.locate(path)).toEqual(document.locate(path));
  });

  it("reads an empty file as no rules", () => {
    expect(only(netlifyHeadersParser.parse("# nothing yet\n\n", "_headers")).value).toEqual([]);
  });

  it.each([
    ["a header before any path", "  X-Frame-Options: DENY\n/*\n", "a header line comes before any path line", range(1, 3, 1, 24)],
    ["a header line without a colon", "/*\n  X-Frame-Options DENY\n", "a header line has no ':' between the name and the value", range(2, 3, 2, 23)],
    ["a header line without a name", "/*\n  : DENY\n", "a header line has no name before ':'", range(2, 3, 2, 4)],
    ["a header line without a value", "/*\n  Authorization:   \n", "a header line has no value after ':'", range(2, 17, 2, 17)],
  ])("reports %s at the line", (_name, text, message, at) => {
    expect(netlifyHeadersParser.parse(text, "_headers")).toEqual({ ok: false, errors: [{ message, range: at }] });
  });
});
