import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lineReader } from "../../src/diff/source-lines.js";
import { makeTree } from "../helpers/tree.js";

describe("lineReader", () => {
  it("gives a file's lines (1-based, CRLF or LF), and nothing for a missing file or line", () => {
    const root = makeTree({ "a.yaml": "one\r\ntwo\nthree", "b/c.yaml": "x: 1\n" });
    const read = lineReader(root);
    expect([read("a.yaml", 1), read("a.yaml", 2), read("a.yaml", 3), read("a.yaml", 4)]).toEqual(["one", "two", "three", undefined]);
    expect(read("b/c.yaml", 1)).toBe("x: 1");
    expect(read("missing.yaml", 1)).toBeUndefined();
  });

  it("keeps the files read last, and reads a file again once more files than that were read", () => {
    const files = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}.yaml`, `name: f${i}\n`]));
    const root = makeTree(files);
    const read = lineReader(root);
    expect(read("f0.yaml", 1)).toBe("name: f0");
    writeFileSync(join(root, "f0.yaml"), "name: changed\n");
    // Still kept: the lines read the first time.
    expect(read("f0.yaml", 1)).toBe("name: f0");
    for (let i = 1; i < 100; i++) expect(read(`f${i}.yaml`, 1)).toBe(`name: f${i}`);
    // Gone from the files kept: read again.
    expect(read("f0.yaml", 1)).toBe("name: changed");
  });

  it("reads a redirected file from the root it names", () => {
    const root = makeTree({ "w.yaml": "head\n" });
    const other = join(root, "elsewhere");
    mkdirSync(other);
    writeFileSync(join(other, "w.yaml"), "base\n");
    expect(lineReader(root, (file) => (file === "w.yaml" ? other : undefined))("w.yaml", 1)).toBe("base");
  });
});
