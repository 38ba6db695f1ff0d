import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepPath, parseBounded } from "../../src/formats/bounded-parse.js";
import { fastYamlValues, maybeComplexKey, measuredShallow } from "../../src/formats/yaml-values.js";
import { yamlParser } from "../../src/formats/yaml.js";

describe("the js-yaml 4 fast path", () => {
  it("reads the same values whether short ones are shared with other files' or not (documents of a batch)", () => {
    const text = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: 'web'\n  labels: { app: web, tier: \"front\" }\nspec:\n  replicas: 2\n  ports: [80, http]\n";
    expect(fastYamlValues(text, false)).toEqual(fastYamlValues(text));
    expect(measuredShallow(fastYamlValues(text, false) ?? [])).toBe(true);
    const kept = yamlParser.parse(text, "k8s/web.yaml");
    const batched = yamlParser.parse(text, "k8s/web.yaml", { transient: true });
    expect(batched.ok && batched.documents.map((d) => [d.value, d.locate(["spec", "replicas"])])).toEqual(kept.ok && kept.documents.map((d) => [d.value, d.locate(["spec", "replicas"])]));
  });

  it("reads a manifest with the core schema and merge keys, as the js-yaml 5 path does", () => {
    const text = "base: &b\n  x: 1\n  when: 2024-01-01\nuse:\n  <<: *b\n  y: yes\n";
    expect(fastYamlValues(text)).toEqual([{ base: { x: 1, when: "2024-01-01" }, use: { x: 1, when: "2024-01-01", y: "yes" } }]);
  });

  it("leaves explicit keys to js-yaml 5", () => {
    expect(fastYamlValues("? a\n: b\n")).toBeUndefined();
    const parsed = yamlParser.parse("? a\n: b\n", "t.yaml");
    expect(parsed.ok && parsed.documents.map((d) => d.value)).toEqual([{ a: "b" }]);
  });

  it.each([
    ["a flow sequence as a key", "[a, b]: c\n"],
    ["a template mapping as a value", "metadata:\n  labels:\n    cell: {{cell}}\n"],
    ["a mapping key after another key", "m: {a: 1, {b: 2}: 3}\n"],
  ])("leaves %s to js-yaml 5, which refuses it as before", (_name, text) => {
    expect(fastYamlValues(text)).toBeUndefined();
    const parsed = yamlParser.parse(text, "t.yaml");
    expect(parsed.ok).toBe(false);
  });

  it("leaves syntax errors to js-yaml 5, so the reported error is its own", () => {
    expect(fastYamlValues("a:\n  b: 1\n c: 2\n")).toBeUndefined();
  });

  it("looks for complex keys as one pattern of the three forms would", () => {
    const oneExpression = /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)|[\]}][ \t]*:(?:[ \t]|$)|[:,[{-][ \t]*\{[ \t]*[[{]/m;
    const text = fc.array(fc.constantFrom("?", ":", " ", "\t", "-", "\n", "[", "]", "{", "}", ",", "a", "#"), { maxLength: 24 }).map((chars) => chars.join(""));
    fc.assert(fc.property(text, (t) => maybeComplexKey(t) === oneExpression.test(t)), { numRuns: 20000, seed: 4 });
  });

  it("takes workflow expressions and JSON-like values", () => {
    expect(fastYamlValues("run: echo ${{ secrets.TOKEN }}\nargs: [\"a\", {b: 1}]\n")).toEqual([{ run: "echo ${{ secrets.TOKEN }}", args: ["a", { b: 1 }] }]);
  });
});

describe("the fast path's measure of nesting", () => {
  /** Block mappings whose objects nest `height` levels below the root, as bounded-parse.ts counts. */
  const nested = (height: number): string =>
    Array.from({ length: height + 1 }, (_, i) => `${"  ".repeat(i)}k${i}:${i === height ? " x" : ""}`).join("\n") + "\n";

  it("vouches for trees it reads, which the bound would pass too", () => {
    for (const height of [1, 50, 90]) {
      const values = fastYamlValues(nested(height));
      expect(values).toBeDefined();
      expect(measuredShallow(values ?? [])).toBe(true);
      expect(deepPath(values?.[0])).toBeUndefined();
    }
  });

  it("leaves values with shared parts to the bound", () => {
    const shared = fastYamlValues("base: &b {x: 1}\nuse: *b\n") ?? [];
    expect(shared).toEqual([{ base: { x: 1 }, use: { x: 1 } }]);
    expect(measuredShallow(shared)).toBe(false);
  });

  it("still finds a shared or cyclic list shared once lists are copied to their own length", () => {
    // A list an alias names twice, nested lists of lists (each level doubling), and a list holding itself.
    for (const text of [
      "base: &b [1, 2]\nuse: *b\n",
      "a: &a [x, y]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n",
      "x: &l [1, *l]\n",
      "- &l [a, *l]\n",
    ]) {
      const values = fastYamlValues(text) ?? [];
      expect(values, text).toHaveLength(1);
      expect(measuredShallow(values), text).toBe(false);
    }
    const tree = fastYamlValues("a: [1, [2, [3]]]\nb: [{c: [4]}]\n") ?? [];
    expect(tree).toEqual([{ a: [1, [2, [3]]], b: [{ c: [4] }] }]);
    expect(measuredShallow(tree)).toBe(true);
  });

  it("leaves deeper files to js-yaml 5, which reads them to its own bound", () => {
    // js-yaml 4 stops at 100 levels; js-yaml 5 at 256, the bound's own figure.
    expect(fastYamlValues(nested(150))).toBeUndefined();
    expect(parseBounded(yamlParser, nested(150), "deep.yaml").ok).toBe(true);
    const refused = parseBounded(yamlParser, nested(300), "deeper.yaml");
    expect(refused.ok ? "" : refused.errors[0]?.message).toBe("nesting exceeded maxDepth (256)");
  });
});
