import { describe, expect, it } from "vitest";
import { expandPath, formatPath, parsePath, PathSyntaxError, valueAt } from "../../src/engine/path.js";

describe("parsePath", () => {
  it.each([
    ["", []],
    ["image", ["image"]],
    ["spec.template.spec.containers[0].image", ["spec", "template", "spec", "containers", 0, "image"]],
    ["spec.egress[*]", ["spec", "egress", { wildcard: true, blocks: true }]],
    ["metadata.labels.*", ["metadata", "labels", { wildcard: true }]],
    ['metadata.labels["app.kubernetes.io/name"]', ["metadata", "labels", "app.kubernetes.io/name"]],
    ["updates[1]['package-ecosystem']", ["updates", 1, "package-ecosystem"]],
    ["open-pull-requests-limit", ["open-pull-requests-limit"]],
  ])("parses %j", (source, expected) => {
    expect(parsePath(source)).toEqual(expected);
  });

  it.each([
    ["a..b", "expected a key at column 3"],
    ["a[x]", "expected an index"],
    ["a b", "expected '.' or '[' at column 2"],
  ])("rejects %j", (source, message) => {
    expect(() => parsePath(source)).toThrow(PathSyntaxError);
    expect(() => parsePath(source)).toThrow(message);
  });
});

describe("expandPath", () => {
  const pod = { spec: { containers: [{ image: "a" }, { image: "b" }], initContainers: [{ image: "c" }] } };

  it("expands wildcards over arrays in order", () => {
    expect(expandPath(pod, parsePath("spec.containers[*].image"))).toEqual([
      { path: ["spec", "containers", 0, "image"], value: "a" },
      { path: ["spec", "containers", 1, "image"], value: "b" },
    ]);
  });

  it("reads one object under `[*]` as a list of itself (a Terraform JSON block), and `.*` as its values", () => {
    const bucket = { encryption: { default_kms_key_name: "k" }, rules: [{ a: 1 }, { a: 2 }] };
    expect(expandPath(bucket, parsePath("encryption[*].default_kms_key_name"))).toEqual([{ path: ["encryption", "default_kms_key_name"], value: "k" }]);
    expect(expandPath(bucket, parsePath("rules[*].a")).map((m) => m.path)).toEqual([["rules", 0, "a"], ["rules", 1, "a"]]);
    expect(expandPath(bucket, parsePath("encryption.*"))).toEqual([{ path: ["encryption", "default_kms_key_name"], value: "k" }]);
    expect(expandPath({ tier: "x" }, parsePath("missing[*]"))).toEqual([]);
  });

  it("expands wildcards over object keys", () => {
    expect(expandPath({ a: { x: 1, y: 2 } }, parsePath("a.*")).map((m) => m.path)).toEqual([
      ["a", "x"],
      ["a", "y"],
    ]);
  });

  it("yields nothing for a missing branch", () => {
    expect(expandPath(pod, parsePath("spec.ephemeralContainers[*]"))).toEqual([]);
    expect(expandPath(pod, parsePath("spec.containers[5]"))).toEqual([]);
  });

  it("reads and formats concrete paths", () => {
    expect(valueAt(pod, ["spec", "initContainers", 0, "image"])).toBe("c");
    expect(valueAt(pod, ["spec", "nope", 0])).toBeUndefined();
    expect(formatPath(["metadata", "labels", "app.kubernetes.io/name", 0])).toBe('metadata.labels["app.kubernetes.io/name"][0]');
  });
});
