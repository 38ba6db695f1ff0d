import { parse } from "@bufbuild/cel";
import { ParsedExprSchema } from "@bufbuild/cel-spec/cel/expr/syntax_pb.js";
import { toBinary } from "@bufbuild/protobuf";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CEL_PATH, MANIFEST_PATH, TEXTS_PATH, buildBuiltinManifest, packedBuiltinPolicies, type BuiltinManifest } from "../../src/policy/builtin-manifest.js";
import { parseCel } from "../../src/engine/cel-preparsed.js";
import { makeTree } from "../helpers/tree.js";

const POLICY = [
  "id: NR-TEST-001",
  "title: T",
  "severity: high",
  "description: A policy written by a test.",
  "incidents: []",
  "target:",
  "  kind: kubernetes-object",
  "  where: subject.kind == 'Deployment'",
  "assert:",
  "  - cel: subject.metadata.name != 'web'",
  "remediation:",
  "  summary: Rename it.",
  "tests:",
  "  - name: web fails",
  "    root: fixtures/fail",
  "    expect: []",
  "",
].join("\n");

/** A package root with a built-in pack of one policy and the manifest the build would write. */
function packageWithManifest(): string {
  const root = makeTree({ "policies/test/one/policy.yaml": POLICY, "policies/test/one/fixtures/fail/x.yaml": "a: 1\n" });
  mkdirSync(join(root, "dist"), { recursive: true });
  const pack = buildBuiltinManifest(join(root, "policies"), root);
  writeFileSync(join(root, MANIFEST_PATH), JSON.stringify(pack.manifest));
  writeFileSync(join(root, CEL_PATH), pack.cel);
  writeFileSync(join(root, TEXTS_PATH), pack.texts);
  return root;
}

describe("the built-in pack's build-time manifest", () => {
  it("gives the policies' data without parsing them, with positions parsed on demand", () => {
    const root = packageWithManifest();
    const packed = packedBuiltinPolicies(join(root, "policies"), root, true);
    expect(packed?.map((p) => [p.file, p.value])).toEqual([[join(root, "policies/test/one/policy.yaml"), expect.objectContaining({ id: "NR-TEST-001", title: "T", severity: "high" })]]);
    expect(packed?.[0]?.document.locate(["severity"])).toEqual({ line: 3, column: 11, endLine: 3, endColumn: 15 });
    // A check needs no tests (`norecur test` reads the YAML): the manifest leaves them out.
    expect(packed?.[0]?.value).not.toHaveProperty("tests");
    expect(packed?.[0]?.value).toHaveProperty("remediation", { summary: "Rename it." });
  });

  it("carries the pack's CEL expressions parsed, as the parser gives them but for the macro calls as written", () => {
    const root = packageWithManifest();
    const manifest = JSON.parse(readFileSync(join(root, MANIFEST_PATH), "utf8")) as BuiltinManifest;
    expect(Object.keys(manifest.cel ?? {})).toEqual(["subject.kind == 'Deployment'", "subject.metadata.name != 'web'"]);
    packedBuiltinPolicies(join(root, "policies"), root, true);
    for (const source of Object.keys(manifest.cel ?? {})) expect(toBinary(ParsedExprSchema, parseCel(source))).toEqual(toBinary(ParsedExprSchema, parse(source)));
  });

  it("stores a macro's expansion, not the call as written, which only unparsing reads", () => {
    const source = "has(subject.a) && subject.items.all(i, i.x > 1)";
    const root = makeTree({ "policies/test/one/policy.yaml": POLICY.replace("subject.metadata.name != 'web'", JSON.stringify(source)), "policies/test/one/fixtures/fail/x.yaml": "a: 1\n" });
    mkdirSync(join(root, "dist"), { recursive: true });
    const pack = buildBuiltinManifest(join(root, "policies"), root);
    writeFileSync(join(root, MANIFEST_PATH), JSON.stringify(pack.manifest));
    writeFileSync(join(root, CEL_PATH), pack.cel);
    writeFileSync(join(root, TEXTS_PATH), pack.texts);
    expect(packedBuiltinPolicies(join(root, "policies"), root, true)).toHaveLength(1);
    const written = parse(source);
    expect(Object.keys(written.sourceInfo?.macroCalls ?? {})).toHaveLength(2);
    const decoded = parseCel(source);
    expect(decoded.sourceInfo?.macroCalls).toEqual({});
    const withoutCalls = { ...written, sourceInfo: { ...written.sourceInfo, macroCalls: {} } } as typeof written;
    expect(toBinary(ParsedExprSchema, decoded)).toEqual(toBinary(ParsedExprSchema, withoutCalls));
  });

  it("is not used for a policy edited since the build, nor outside the bundles, nor for another directory", () => {
    const root = packageWithManifest();
    expect(packedBuiltinPolicies(join(root, "policies"), root, false)).toBeUndefined();
    expect(packedBuiltinPolicies(join(root, "other"), root, true)).toBeUndefined();
    writeFileSync(join(root, "policies/test/one/policy.yaml"), POLICY.replace("high", "low"));
    expect(packedBuiltinPolicies(join(root, "policies"), root, true)).toBeUndefined();
    // An edit that keeps the length, one that only adds at the end, and the file as built again.
    writeFileSync(join(root, "policies/test/one/policy.yaml"), POLICY.replace("high", "HIGH"));
    expect(packedBuiltinPolicies(join(root, "policies"), root, true)).toBeUndefined();
    writeFileSync(join(root, "policies/test/one/policy.yaml"), `${POLICY}# added\n`);
    expect(packedBuiltinPolicies(join(root, "policies"), root, true)).toBeUndefined();
    writeFileSync(join(root, "policies/test/one/policy.yaml"), POLICY);
    expect(packedBuiltinPolicies(join(root, "policies"), root, true)).toHaveLength(1);
  });

  it("is only written for policies that pass every load-time check, so a run need not check their fields again", () => {
    const misspelt = POLICY.replace("kind: kubernetes-object", "kind: identity-policy").replace("  where: subject.kind == 'Deployment'\n", "").replace("subject.metadata.name != 'web'", "subject.secondFactr == 'required'");
    const root = makeTree({ "policies/test/one/policy.yaml": misspelt });
    expect(() => buildBuiltinManifest(join(root, "policies"), root)).toThrow("there is no field `secondFactr`");
  });
});
