import { describe, expect, it } from "vitest";
import { withoutNullAttributes } from "../../src/adapters/terraform-unset.js";
import { withDynamicBlocks } from "../../src/adapters/terraform-dynamic-blocks.js";

describe("Terraform values rewritten per resource", () => {
  it("drop null attributes at any depth and keep list elements", () => {
    expect(withoutNullAttributes({ a: null, b: { c: null, d: 1 }, e: [null, { f: null }] })).toStrictEqual({ b: { d: 1 }, e: [null, {}] });
  });

  it("keep keys named __proto__ as data when they rewrite beneath them", () => {
    const body = JSON.parse('{"__proto__": {"a": null, "b": 1}, "x": 1}') as Record<string, unknown>;
    const out = withoutNullAttributes(body) as Record<string, unknown>;
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out["__proto__"]).toStrictEqual({ b: 1 });

    const generated = withDynamicBlocks(JSON.parse('{"dynamic": {"__proto__": [{"for_each": ["a"], "content": [{"k": 1}]}]}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(generated)).toBe(Object.prototype);
    expect(Object.hasOwn(generated, "__proto__")).toBe(true);
    expect(generated["__proto__"]).toStrictEqual([{ k: 1 }]);
  });
});
