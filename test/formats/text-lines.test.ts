import { describe, expect, it } from "vitest";
import { textLinesParser } from "../../src/formats/text-lines.js";
import { only, range } from "../helpers/parse.js";

describe("textLinesParser", () => {
  it("keeps every line, CRLF or LF, and locates each", () => {
    const document = only(textLinesParser.parse("\uFEFFmodule example.com/shop\r\n\r\ngo 1.22\n", "go.mod"));
    expect(document.value).toEqual({ lines: ["module example.com/shop", "", "go 1.22", ""] });
    expect(document.locate(["lines", 2])).toEqual(range(3, 1, 3, 8));
    expect(document.locate(["lines", 0])).toEqual(range(1, 1, 1, 24));
  });

  it("reads an empty file as one empty line", () => {
    expect(only(textLinesParser.parse("", "Gemfile")).value).toEqual({ lines: [""] });
  });
});
