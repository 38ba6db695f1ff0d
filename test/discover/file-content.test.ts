import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileContent } from "../../src/discover/file-content.js";
import { makeTree } from "../helpers/tree.js";

const WIDE = "é".repeat(5000); // 5,000 characters, 10,000 bytes

describe("a file's content, read once and decoded when asked", () => {
  const root = makeTree({
    "small.yaml": "kind: Café\n",
    "large.yaml": `${"x: 1\n".repeat(300_000)}end: é\n`, // past the 1 MiB buffer reads are made in
    "nul-early.bin": `${WIDE}\u0000rest`, // the NUL is character 5,000, byte 10,000
    "nul-late.txt": `${"a".repeat(9000)}\u0000`,
    // Three-byte characters: 8,191 of them (24,573 bytes), then a NUL, character 8,192.
    "nul-last.bin": `${"€".repeat(8191)}\u0000`,
    "nul-past.txt": `${"€".repeat(8192)}\u0000`,
    "nul-far.txt": `${"a".repeat(30_000)}\u0000`,
    "over.yaml": "0123456789abcdefghij",
  });
  const content = (name: string, maxBytes?: number, readAhead?: string): FileContent => new FileContent(join(root, name), maxBytes, readAhead);

  it("gives its bytes undecoded, its text, and the start of the text before the whole is decoded", () => {
    const small = content("small.yaml");
    expect(Buffer.from(small.raw() as Buffer).toString("utf8")).toBe("kind: Café\n");
    expect(small.text(6)).toBe("kind: ");
    expect(small.text()).toBe("kind: Café\n");
    expect(small.text(8)).toBe("kind: Ca");
    expect(small.failure()).toBeUndefined();
    const large = content("large.yaml");
    expect(large.text().length).toBe(300_000 * 5 + "end: é\n".length);
    expect(large.text().endsWith("end: é\n")).toBe(true);
  });

  it("is binary when a NUL is among the first 8,192 characters, counted as characters, not bytes", () => {
    const early = content("nul-early.bin");
    expect(early.text()).toBe("");
    expect(early.failure()).toBe("binary content");
    expect(early.raw()).toBeUndefined();
    // A content is judged once read (`text()`); at the edge, the 8,192nd character is the last
    // one looked at, whatever its bytes.
    const judged = (name: string): string | undefined => {
      const read = content(name);
      read.text();
      return read.failure();
    };
    expect(["nul-late.txt", "nul-last.bin", "nul-past.txt", "nul-far.txt"].map(judged)).toEqual([undefined, "binary content", undefined, undefined]);
    expect(content("x", undefined, "a\u0000b").failure()).toBe("binary content");
  });

  it("says why it cannot be had: over the size limit, or unreadable", () => {
    const over = content("over.yaml", 10);
    expect(over.text()).toBe("");
    expect(over.failure()).toBe("cannot read: larger than the size limit (20 > 10 bytes, config max-file-size)");
    expect(content("missing.yaml").raw()).toBeUndefined();
    expect(content("missing.yaml").failure()).toBeUndefined();
    const missing = content("missing.yaml");
    missing.text();
    expect(missing.failure()).toBe("cannot read: no such file (ENOENT)");
  });

  it("takes the read-ahead worker's text as it is, without reading the file", () => {
    const ahead = content("missing.yaml", undefined, "apiVersion: v1\n");
    expect(ahead.raw()).toBe("apiVersion: v1\n");
    expect(ahead.text(3)).toBe("api");
    expect(ahead.failure()).toBeUndefined();
  });
});
