import { describe, expect, it } from "vitest";
import { codeBlock, escapeMarkdown, inlineAuthored } from "../../src/report/markdown/escape.js";

describe("escapeMarkdown", () => {
  it.each([
    ["a|b", "a\\|b"],
    ["`code`", "\\`code\\`"],
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["AT&T", "AT&amp;T"],
    ["*bold* _em_ ~~del~~", "\\*bold\\* \\_em\\_ \\~\\~del\\~\\~"],
    ["[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"],
    ["back\\slash", "back\\\\slash"],
    ["one\ntwo\r\nthree\rfour", "one two three four"],
    ["ping @octo-org/admins", "ping @&#8203;octo-org/admins"],
  ])("%j → %j", (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe("inlineAuthored", () => {
  it("keeps code spans as written and escapes `<` only outside them", () => {
    expect(inlineAuthored("Set `$cookie_<name>` for <b>every</b>\n  cookie")).toBe("Set `$cookie_<name>` for &lt;b>every&lt;/b> cookie");
  });

  it("escapes pipes everywhere, code spans included, so a table cell stays one cell", () => {
    expect(inlineAuthored("use `a|b` or c|d")).toBe("use `a\\|b` or c\\|d");
  });

  it("matches code spans by backtick run length", () => {
    expect(inlineAuthored("``a ` <b>`` then <c>")).toBe("``a ` <b>`` then &lt;c>");
    expect(inlineAuthored("unclosed ` <x>")).toBe("unclosed ` &lt;x>");
  });
});

describe("codeBlock", () => {
  it("uses a fence longer than any backtick run inside", () => {
    expect(codeBlock("a ``` b\n")).toBe("````\na ``` b\n````");
    expect(codeBlock("plain", "yaml")).toBe("```yaml\nplain\n```");
  });
});
