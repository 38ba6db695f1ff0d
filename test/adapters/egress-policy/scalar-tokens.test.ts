import { describe, expect, it } from "vitest";
import { scalarTokens } from "../../../src/adapters/egress-policy/scalar-tokens.js";
import { yamlParser } from "../../../src/formats/yaml.js";
import { only } from "../../helpers/parse.js";

/** `text@line:col` of each word of `key` in a one-key YAML document. */
function placed(yaml: string): string[] {
  const document = only(yamlParser.parse(yaml, "w.yml"));
  const value = (document.value as Record<string, string>)["e"] ?? "";
  return scalarTokens(document, ["e"], value).map(({ text, range }) => `${text}@${range ? `${range.line}:${range.column}` : "-"}`);
}

describe("scalarTokens", () => {
  it("places words of plain and quoted one-line scalars", () => {
    expect(placed("e: a.com:443 b.com\n")).toEqual(["a.com:443@1:4", "b.com@1:14"]);
    expect(placed('e: "a.com:443, b.com"\n')).toEqual(["a.com:443@1:5", "b.com@1:16"]);
  });

  it("places words of literal blocks line by line, and of folded blocks with one word per line", () => {
    expect(placed("e: |\n  a.com:443 c.com\n    b.com:443\n")).toEqual(["a.com:443@2:3", "c.com@2:13", "b.com:443@3:5"]);
    expect(placed("e: >\n  a.com:443\n  b.com:443\n")).toEqual(["a.com:443@2:3", "b.com:443@3:3"]);
  });

  it("keeps no range where the layout cannot be recovered", () => {
    expect(placed("e: >\n  a.com b.com\n  c.com\n")).toEqual(["a.com@-", "b.com@-", "c.com@-"]);
    expect(placed('e: "a\\u002ecom b.com"\n')).toEqual(["a.com@-", "b.com@-"]);
  });
});
