import { describe, expect, it } from "vitest";
import { createCelEnv } from "../../src/engine/cel-env.js";
import { builtinPolicyDir } from "../../src/policy/builtin-dir.js";
import { compilePolicy } from "../../src/policy/compile-policy.js";
import { loadPolicies } from "../../src/policy/load-policies.js";
import { yamlParser } from "../../src/formats/yaml.js";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });

const misspelt = [
  "id: NR-TEST-001",
  "title: Test policy",
  "severity: high",
  "description: A policy written by a test.",
  "incidents: []",
  "target:",
  "  kind: identity-policy",
  "assert:",
  "  - cel: \"subject.secondFactr == 'required'\"",
  "remediation:",
  "  summary: Fix it.",
  "",
].join("\n");

describe("deferred compilation of built-in policies", () => {
  it("compiles a built-in policy only when it is first evaluated", () => {
    const dir = makeTree({ "p/policy.yaml": misspelt });
    const [policy] = loadPolicies([{ dir: `${dir}/p`, builtin: true }], env, dir, { deferBuiltin: true });
    expect(policy?.policy.id).toBe("NR-TEST-001");
    expect(() => policy?.assertions).toThrow("p/policy.yaml:9:10: assert[0].cel: `subject.secondFactr`: there is no field `secondFactr`");
  });

  it("compiles a pack-built policy's assertions only when a subject first passes its filter", () => {
    // The build compiled every pack policy with every check; a broken assertion stands for one
    // whose compiling would be seen.
    const text = misspelt.replace("kind: identity-policy", "kind: identity-policy\n  where: \"meta.product == 'okta'\"").replace("subject.secondFactr == 'required'", "subject.x ==");
    const dir = makeTree({ "p/policy.yaml": text });
    const [loaded] = loadPolicies([{ dir: `${dir}/p`, builtin: true }], env, dir, { deferBuiltin: true });
    const parsed = yamlParser.parse(text, "p/policy.yaml");
    const document = parsed.ok ? parsed.documents[0] : undefined;
    if (loaded === undefined || document === undefined) throw new Error("the policy did not load");
    const fromPack = compilePolicy(loaded.policy, document, "p/policy.yaml", env, { trusted: true, builtByPack: true });
    expect(fromPack.target.where?.source).toBe("meta.product == 'okta'");
    expect(() => fromPack.assertions).toThrow("p/policy.yaml:10:10: assert[0].cel: invalid CEL");
    // Not from the pack: compiled, and refused, at once.
    expect(() => compilePolicy(loaded.policy, document, "p/policy.yaml", env, { trusted: true })).toThrow("assert[0].cel: invalid CEL");
  });

  it("never defers the user's own policies: their mistakes stop the run at load", () => {
    const dir = makeTree({ "p/policy.yaml": misspelt });
    expect(() => loadPolicies([{ dir: `${dir}/p`, builtin: false }], env, dir, { deferBuiltin: true })).toThrow("there is no field `secondFactr`");
  });

  it("gives the same findings deferred as compiled at load", async () => {
    const dir = makeTree({
      "k8s/web.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:latest\n",
    });
    const deferred = await check({ cwd: dir, config: false });
    const eager = await check({ cwd: dir, config: false, policies: loadPolicies([{ dir: builtinPolicyDir(), builtin: true }], env, dir) });
    expect(deferred.findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line}`)).toEqual(["NR-UPD-001 k8s/web.yaml:10"]);
    expect(eager.findings).toEqual(deferred.findings);
  });
});
