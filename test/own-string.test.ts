import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { ownJoined, ownString } from "../src/own-string.js";

/** A full collection, from a context made after the flag is set (V8's usual way to reach `gc` at run time). */
function collect(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/** Heap in use after a full collection, while `held` is alive. */
function heapHolding(held: unknown): number {
  collect();
  const used = process.memoryUsage().heapUsed;
  expect(held).toBeDefined();
  return used;
}

describe("strings of their own", () => {
  it("keep the text exactly, lone surrogates and empty parts included", () => {
    for (const text of ["", "Deployment/team-1/web-1", "\ud800 lone", "é/ü"]) expect(ownString(text)).toBe(text);
    expect(ownJoined(["Deployment", "/", "", "web"])).toBe("Deployment/web");
    expect(ownJoined(["only"])).toBe("only");
    expect(ownJoined([])).toBe("");
    expect(ownJoined(["a\udc00", "/", "b"])).toBe("a\udc00/b");
  });

  it("do not keep alive the texts their parts were sliced from", () => {
    // 200 texts of 200 KB: ids sliced from them hold 40 MB if they keep their texts alive.
    const made = (join: (name: string, index: number) => string): string[] => {
      const ids: string[] = [];
      for (let i = 0; i < 200; i++) {
        const text = `${"#".repeat(200_000)}name: web-${i}-frontend\n`;
        const start = text.indexOf("web-");
        ids.push(join(text.slice(start, text.indexOf("\n", start)), i));
      }
      return ids;
    };
    const before = heapHolding(null);
    const sliced = made((name) => name);
    const keeping = heapHolding(sliced) - before;
    sliced.length = 0;
    const base = heapHolding(null);
    const joined = made((name, i) => ownJoined(["Deployment/team-", String(i % 7), "/", name]));
    const own = heapHolding(joined) - base;
    expect(joined[3]).toBe("Deployment/team-3/web-3-frontend");
    expect(keeping).toBeGreaterThan(30_000_000);
    expect(own).toBeLessThan(1_000_000);
    const single = made((name) => ownJoined([name]));
    expect(heapHolding(single) - base).toBeLessThan(1_000_000);
  });
});
