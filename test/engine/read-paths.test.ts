import { describe, expect, it } from "vitest";
import { readPaths } from "../../src/engine/read-paths.js";

const show = (source: string): string[] =>
  readPaths(source).reads.map((r) => `${r.depth} ${r.variable}${r.steps.map((s) => (typeof s === "object" ? ("blocks" in s ? ".blocks()" : "oneOfParam" in s ? `[params.${s.oneOfParam}]` : `[${s.oneOf.join("|")}]`) : typeof s === "number" ? `[${s}]` : s === "*" ? "[*]" : `.${s}`)).join("")}`);

describe("readPaths: the data paths an expression depends on", () => {
  it.each([
    ["subject.a.b == 1", ["deep subject.a.b"]],
    ["has(subject.a.b)", ["shallow subject.a"]],
    ["subject.list.exists(x, x.kind == 'k')", ["elements subject.list", "deep subject.list[*].kind"]],
    ["meta.attached.exists(a, a.value.flag == true)", ["elements meta.attached", "deep meta.attached[*].value.flag"]],
    ["params.labels.exists(l, l in subject.tags && subject.tags[l] == 'pii')", ["membership subject.tags", "deep subject.tags[params.labels]"]],
    ["subject.tags[params.key] == 'pii'", ["deep subject.tags[params.key]"]],
    ["blocks(subject.settings).exists(s, s.tier == 'x')", ["elements subject.settings.blocks()", "deep subject.settings.blocks()[*].tier"]],
    ["related.all(r, r.value.scope == 'all')", ["elements related", "deep related[*].value.scope"]],
    ["size(subject.unverified) == 0", ["deep subject.unverified"]],
    ["subject.image.endsWith(':latest')", ["deep subject.image"]],
    ["subject.labels['app.kubernetes.io/name'] == 'x'", ["deep subject.labels.app.kubernetes.io/name"]],
    ["subject.list[0].name == 'x'", ["deep subject.list[0].name"]],
    ["meta.attached.filter(a, a.type == 't').exists(b, b.value.x)", ["elements meta.attached", "deep meta.attached[*].type", "elements meta.attached", "deep meta.attached[*].value.x"]],
    ["['a', 'b'].all(k, k in subject.v && subject.v[k] == true)", ["membership subject.v", "deep subject.v[a|b]"]],
    ["params.paths.exists(p, p.matches(item.match))", ["deep item.match"]],
    ["params.key in subject.tags", ["membership subject.tags"]],
  ])("%s", (source, expected) => {
    expect(show(source)).toEqual(expected);
  });

  it("collects isUnknown guards apart from reads", () => {
    const { reads, guards } = readPaths("!isUnknown(subject.rules) && size(subject.paths) == 0");
    expect(guards.map((g) => g.steps)).toEqual([["rules"]]);
    expect(reads.map((r) => r.steps)).toEqual([["paths"]]);
  });

  it("returns nothing for an expression that does not parse", () => {
    expect(readPaths("subject.(")).toEqual({ reads: [], guards: [] });
  });
});
