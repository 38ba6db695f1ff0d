import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST_PATH, buildBuiltinManifest, packedBuiltinPolicies } from "../../src/policy/builtin-manifest.js";
import { makeTree } from "../helpers/tree.js";

const POLICY = "id: NR-TEST-001\ntitle: T\nseverity: high\n";

/** A package root with a built-in pack of one policy and the manifest the build would write. */
function packageWithManifest(): string {
  const root = makeTree({ "policies/test/one/policy.yaml": POLICY, "policies/test/one/fixtures/fail/x.yaml": "a: 1\n" });
  mkdirSync(join(root, "dist"), { recursive: true });
  writeFileSync(join(root, MANIFEST_PATH), JSON.stringify(buildBuiltinManifest(join(root, "policies"), root)));
  return root;
}

describe("the built-in pack's build-time manifest", () => {
  it("gives the policies' data without parsing them, with positions parsed on demand", () => {
    const root = packageWithManifest();
    const packed = packedBuiltinPolicies(join(root, "policies"), root, true);
    expect(packed?.map((p) => [p.file, p.value])).toEqual([[join(root, "policies/test/one/policy.yaml"), { id: "NR-TEST-001", title: "T", severity: "high" }]]);
    expect(packed?.[0]?.document.locate(["severity"])).toEqual({ line: 3, column: 11, endLine: 3, endColumn: 15 });
  });

  it("is not used for a policy edited since the build, nor outside the bundles, nor for another directory", () => {
    const root = packageWithManifest();
    expect(packedBuiltinPolicies(join(root, "policies"), root, false)).toBeUndefined();
    expect(packedBuiltinPolicies(join(root, "other"), root, true)).toBeUndefined();
    writeFileSync(join(root, "policies/test/one/policy.yaml"), POLICY.replace("high", "low"));
    expect(packedBuiltinPolicies(join(root, "policies"), root, true)).toBeUndefined();
  });
});
