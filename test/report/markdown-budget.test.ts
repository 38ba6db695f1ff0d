import { describe, expect, it } from "vitest";
import { byteSize, renderWithin, type ListBlock } from "../../src/report/markdown/budget.js";

const list = (name: string, n: number): ListBlock => ({
  head: `# ${name}\n`,
  items: Array.from({ length: n }, (_, i) => `${name}${i}\n`),
  more: (k) => `(${k} more ${name})\n`,
});

describe("renderWithin", () => {
  it("renders everything when it fits, without 'more' lines or empty lists", () => {
    expect(renderWithin(["top\n", list("a", 2), list("b", 0)], 1000)).toBe("top\n# a\na0\na1\n");
  });

  it("cuts later lists first and says how many items were left out", () => {
    // top(4) + a head(4) + a more(12) + b head(4) + b more(12) = 36; 14 bytes left for 3-byte items.
    const text = renderWithin(["top\n", list("a", 3), list("b", 3)], 50);
    expect(text).toBe("top\n# a\na0\na1\na2\n# b\nb0\nb1\n(1 more b)\n");
    expect(byteSize(text)).toBeLessThanOrEqual(50);
  });

  it("keeps order: it stops at the first item that does not fit rather than skipping it", () => {
    const block: ListBlock = { head: "", items: ["a\n", "x".repeat(30) + "\n", "b\n"], more: (k) => `+${k}\n` };
    expect(renderWithin([block], 10)).toBe("a\n+2\n");
  });

  it("cuts at a line boundary when even the fixed text is too long", () => {
    expect(renderWithin(["line one\nline two\nline three\n"], 20)).toBe("line one\nline two\n");
    expect(renderWithin(["ééééé\n"], 5)).toBe("");
  });
});
