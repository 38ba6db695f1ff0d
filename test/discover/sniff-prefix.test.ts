import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formats } from "../../src/discover/file-formats.js";

const line = fc.constantFrom("apiVersion: v1", "kind: Secret", '{"apiVersion": "v1",', '"kind": "List"}', "  apiVersion: nested", "kind:", "metadata:", "# kind: in a comment", "", "---", "é: ☕");

describe("sniffs asked of a file's start first (sniffPrefix)", () => {
  const prefixed = Object.values(formats).filter((format) => format.sniffPrefix !== undefined);

  it("are declared where a yes for a start of a text is a yes for the whole text", () => {
    expect(prefixed.map((format) => format.id)).toEqual(["kubernetes"]);
    for (const format of prefixed) {
      let confirmed = 0;
      fc.assert(
        fc.property(fc.array(line, { maxLength: 12 }), fc.nat(), (lines, cut) => {
          const text = lines.join("\n");
          const start = Buffer.from(text, "utf8").toString("utf8", 0, cut % (Buffer.byteLength(text) + 1));
          if (format.sniff?.(start) === true) {
            confirmed += 1;
            expect(format.sniff(text), text).toBe(true);
          }
        }),
        { numRuns: 2000, seed: 5 },
      );
      expect(confirmed).toBeGreaterThan(100);
    }
  });
});
