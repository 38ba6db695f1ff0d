import { describe, expect, it } from "vitest";
import { createCelEnv } from "../../src/engine/cel-env.js";
import { builtinPolicyDir } from "../../src/policy/builtin-dir.js";
import { loadPolicies } from "../../src/policy/load-policies.js";
import { kubernetesKindsRead, kubernetesObjectsReadAs } from "../../src/policy/kubernetes-kinds-read.js";
import { makeTree } from "../helpers/tree.js";

const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });
const builtin = loadPolicies([{ dir: builtinPolicyDir(), builtin: true }], env, process.cwd(), { deferBuiltin: true });

/** A policy of the user's own, with the given target lines. */
function custom(...target: string[]): ReturnType<typeof loadPolicies> {
  const text = [
    "id: ORG-TEST-001",
    "title: Test policy",
    "severity: low",
    "description: A policy written by a test.",
    "incidents: []",
    "target:",
    ...target.map((line) => `  ${line}`),
    "assert:",
    '  - cel: "true"',
    "remediation:",
    "  summary: Fix it.",
    "",
  ].join("\n");
  const dir = makeTree({ "p/policy.yaml": text });
  return loadPolicies([{ dir: `${dir}/p`, builtin: false }], env, dir);
}

const KINDS = ["CustomResourceDefinition", "Deployment", "StatefulSet", "Namespace", "ConfigMap", "List", "Kustomization"];
const readOf = (policies: ReturnType<typeof loadPolicies>): string[] | undefined => {
  const reads = kubernetesKindsRead(policies);
  return reads && KINDS.filter(reads);
};

describe("the kinds of Kubernetes objects the active policies may read", () => {
  it("are every kind but CustomResourceDefinition for the built-in pack", () => {
    expect(readOf(builtin)).toEqual(["Deployment", "StatefulSet", "Namespace", "ConfigMap", "List", "Kustomization"]);
    // Few kinds unread: a file that names none of them need not be looked at further.
    expect(kubernetesKindsRead(builtin)?.unread).toEqual(["CustomResourceDefinition"]);
    expect(kubernetesKindsRead(builtin.filter((p) => p.policy.id === "NR-CLASS-002"))?.unread).toBeUndefined();
  });

  it("are narrowed by a policy's literal filter on subject.kind, with Lists and Kustomizations kept", () => {
    // NR-CLASS-002: StatefulSets, and Namespaces through `related`.
    expect(readOf(builtin.filter((p) => p.policy.id === "NR-CLASS-002"))).toEqual(["StatefulSet", "Namespace", "List", "Kustomization"]);
    expect(readOf(custom("kind: kubernetes-object", "where: \"subject.kind in ['Deployment', 'ConfigMap'] && has(subject.spec)\""))).toEqual([
      "Deployment",
      "ConfigMap",
      "List",
      "Kustomization",
    ]);
    // A disjunction whose every operand names kinds reads those kinds.
    expect(readOf(custom("kind: kubernetes-object", "where: \"(subject.kind == 'Deployment' && has(subject.spec)) || subject.kind in ['Namespace']\""))).toEqual([
      "Deployment",
      "Namespace",
      "List",
      "Kustomization",
    ]);
    // A `document` subject is the whole document: a List is its own kind there.
    expect(readOf(custom("kind: document", "formats: [kubernetes]", "where: \"subject.kind == 'ConfigMap'\""))).toEqual(["ConfigMap"]);
  });

  it("add a user's policy reading CustomResourceDefinitions to the pack's", () => {
    const crds = custom("kind: kubernetes-object", "where: \"subject.kind == 'CustomResourceDefinition'\"");
    expect(readOf([...builtin, ...crds])).toEqual(KINDS);
  });

  it("are every kind when a policy reading Kubernetes files has no such filter", () => {
    expect(kubernetesKindsRead([...builtin, ...custom("kind: kubernetes-object")])).toBeUndefined();
    expect(kubernetesKindsRead(custom("kind: document"))).toBeUndefined();
    expect(kubernetesKindsRead(custom("kind: kubernetes-object", "where: \"subject.kind == 'Secret' || has(subject.data)\""))).toBeUndefined();
    // With `select`, `subject` is each value the paths reach.
    expect(kubernetesKindsRead(custom("kind: kubernetes-object", "select: ['spec.template']", "where: \"subject.kind == 'Pod'\""))).toBeUndefined();
  });

  it("say nothing when no policy reads Kubernetes files", () => {
    expect(kubernetesKindsRead(custom("kind: document", "formats: [terraform]"))).toBeUndefined();
    expect(kubernetesKindsRead(builtin.filter((p) => p.policy.target.kind === "terraform-resource"))).toBeUndefined();
  });
});

describe("the objects a kind making a subject of every object is given", () => {
  const readAs = (policies: ReturnType<typeof loadPolicies>, kind: "kubernetes-object" | "document" | "update-policy"): string[] | undefined => {
    const reads = kubernetesObjectsReadAs(policies, kind);
    return reads && KINDS.filter(reads);
  };

  it("are, for the built-in pack, StatefulSets and Namespaces as kubernetes-object subjects, and no object as a document", () => {
    // NR-CLASS-002 reads StatefulSets, and Namespaces through `related`; Lists and Kustomizations are kept.
    expect(readAs(builtin, "kubernetes-object")).toEqual(["StatefulSet", "Namespace", "List", "Kustomization"]);
    // No built-in policy of documents reads Kubernetes files.
    expect(readAs(builtin, "document")).toEqual([]);
  });

  it("are every object for a kind that reads objects by their shape, or for a policy without a filter on subject.kind", () => {
    expect(readAs(builtin, "update-policy")).toBeUndefined();
    expect(readAs([...builtin, ...custom("kind: kubernetes-object")], "kubernetes-object")).toBeUndefined();
    expect(readAs(custom("kind: document"), "document")).toBeUndefined();
    expect(readAs(custom("kind: kubernetes-object", "select: ['spec.template']", "where: \"subject.kind == 'Pod'\""), "kubernetes-object")).toBeUndefined();
  });

  it("add a user's policy's kinds to the pack's, for its own subject kind only", () => {
    const deployments = custom("kind: kubernetes-object", "where: \"subject.kind == 'Deployment'\"");
    expect(readAs([...builtin, ...deployments], "kubernetes-object")).toEqual(["Deployment", "StatefulSet", "Namespace", "List", "Kustomization"]);
    expect(readAs([...builtin, ...deployments], "document")).toEqual([]);
    const configMaps = custom("kind: document", "formats: [kubernetes]", "where: \"subject.kind == 'ConfigMap'\"");
    expect(readAs([...builtin, ...configMaps], "document")).toEqual(["ConfigMap"]);
  });
});
