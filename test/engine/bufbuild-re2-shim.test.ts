import { describe, expect, it } from "vitest";
import { RE2JS } from "../../src/engine/bufbuild-re2-shim.js";
import { compileCel, createCelEnv, evaluateCel } from "../../src/engine/cel-env.js";

describe("the stand-in for @bufbuild/re2 in the bundles", () => {
  it("forwards to re2js with RE2's syntax", () => {
    expect(RE2JS.compile("^a.c$").test("abc")).toBe(true);
    expect(RE2JS.compile("^a.c$").test("abcd")).toBe(false);
    // RE2 has no backreferences: a pattern JavaScript would accept is refused.
    expect(() => RE2JS.compile("(a)\\1")).toThrow();
  });

  it("is not what CEL's matches() runs on: the environment's own engine is", () => {
    const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });
    const compiled = compileCel(env, "subject.matches('^web-[0-9]+$')");
    if (!compiled.ok) throw new Error(compiled.message);
    expect(evaluateCel(compiled.program, { subject: "web-12" })).toMatchObject({ ok: true, value: true });
    // The environment's engine bounds patterns; @bufbuild/re2 would simply compile this one.
    const long = compileCel(env, `subject.matches('${"a".repeat(9000)}')`);
    if (!long.ok) throw new Error(long.message);
    expect(evaluateCel(long.program, { subject: "a" })).toMatchObject({ ok: false });
  });
});
