import { describe, expect, it } from "vitest";
import { SharedCopies } from "../src/shared-copies.js";

describe("SharedCopies", () => {
  it("gives the first copy kept for a key, and keeps no more than its capacity", () => {
    const copies = new SharedCopies<number[]>(2);
    const first = copies.of("a", [1], (own) => own.slice());
    expect(copies.of("a", [1])).toBe(first);
    expect(copies.of("b", [2])).toEqual([2]);
    const made: string[] = [];
    const unkept = [3];
    // Full: the value is given back as it is, and no copy is made.
    expect(copies.of("c", unkept, (own) => (made.push("c"), own.slice()))).toBe(unkept);
    expect(made).toEqual([]);
    expect(copies.of("a", [9])).toBe(first);
  });
});
