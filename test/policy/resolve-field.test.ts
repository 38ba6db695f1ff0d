import { describe, expect, it } from "vitest";
import { identityPolicySchema } from "../../src/adapters/normalized/schemas/identity-policy.js";
import { findBadReference } from "../../src/policy/references/cel-references.js";
import { nearest, resolvePath } from "../../src/policy/references/resolve-field.js";

const subject = identityPolicySchema.value;

describe("field references against a subject schema", () => {
  it.each([
    ["secondFactr", ["secondFactor"]],
    ["gap", ["gaps"]],
    ["zzzzzz", []],
  ])("nearest(%s)", (word, expected) => {
    expect(nearest(word, ["secondFactor", "setting", "scope", "gaps", "name"])).toEqual(expected);
  });

  it("follows lists, markers and nested records", () => {
    expect(resolvePath(subject, ["factors", { wildcard: true }, "kind"]).ok).toBe(true);
    expect(resolvePath(subject, ["gaps", 0, "who"]).ok).toBe(true);
    expect(resolvePath(subject, ["gaps", "who"])).toMatchObject({ ok: false, at: 1, reason: "it is a list, which has no field `who`" });
    expect(resolvePath(subject, ["name", "first"])).toMatchObject({ ok: false, reason: "it is a string, which has no field `first`" });
    expect(resolvePath(subject, ["factors", 0, "knd"])).toMatchObject({ ok: false, at: 2, reason: "there is no field `knd` (did you mean `kind`?)" });
  });

  it("lists the fields when nothing is near", () => {
    const bad = findBadReference("subject.conditions.all(c, c.zzzzzzzz == '')", { subject });
    expect(bad?.message).toBe("`c.zzzzzzzz`: there is no field `zzzzzzzz` (its fields are `effect`, `operator`, `values`)");
  });

  it("leaves unknown variables, open data and unparsable expressions alone", () => {
    expect(findBadReference("document.anything.at.all", { document: undefined })).toBeUndefined();
    expect(findBadReference("now > timestamp('2024-01-01T00:00:00Z')", { subject })).toBeUndefined();
    expect(findBadReference("subject.(", { subject })).toBeUndefined();
  });
});
