import { describe, expect, it } from "vitest";
import { mayName } from "../../src/adapters/may-name.js";
import { yamlParser } from "../../src/formats/yaml.js";
import { streamPlan } from "../../src/stream/stream-plan.js";
import type { ParsedDocument } from "../../src/adapters/adapter.js";

const parsed = (file: string, text: string): ParsedDocument[] => {
  const result = yamlParser.parse(text, file);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.documents.map((document) => ({ document, format: "kubernetes" }));
};

describe("which files stream", () => {
  it("may name a word only where the text holds it or an escape could write it", () => {
    const names = mayName(["Namespace"]);
    expect(names("kind: Namespace\n")).toBe(true);
    expect(names("x: &k Namespace\nkind: *k\n")).toBe(true);
    // The same value, written with escapes: the backslash counts.
    expect(yamlParser.parse('kind: "Name\\u0073pace"\n', "f").ok && names('kind: "Name\\u0073pace"\n')).toBe(true);
    expect(names('kind: "Name\\\n  space"\n')).toBe(true);
    // Folded lines join with a space: never the word.
    expect(names("kind: Name\n  space\n")).toBe(false);
    expect(names("kind: Deployment\nmetadata:\n  namespace: shop\n")).toBe(false);
  });

  it("says which late files read first change only what kinds keeping only kept", () => {
    const all = streamPlan(new Set(["document", "kubernetes-object", "update-policy", "egress-policy"]));
    const namespace = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n";
    const kustomization = "resources: [web.yaml]\nnamespace: shop\n";
    expect([...all.keepsOnly]).toEqual(["egress-policy"]);
    expect(all.changesKeptOnly("k8s/ns.yaml", "kubernetes", namespace)).toBe(true);
    // Kustomizations change the subjects of kubernetes-object and update-policy; a format joined in, of update-policy.
    expect(all.changesKeptOnly("k8s/kustomization.yaml", "kubernetes", kustomization)).toBe(false);
    expect(all.changesKeptOnly("skaffold.yaml", "skaffold", "apiVersion: skaffold/v4beta6\n")).toBe(false);
    // With only egress-policy read, a Kustomization changes only what it keeps.
    const zonesOnly = streamPlan(new Set(["egress-policy"]));
    expect(zonesOnly.changesKeptOnly("k8s/kustomization.yaml", "kubernetes", kustomization)).toBe(true);
  });

  it("streams Kubernetes manifests when every kind read takes them, and reads first what they join with", () => {
    const plan = streamPlan(new Set(["document", "kubernetes-object", "update-policy", "egress-policy"]));
    const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";
    expect(plan.first("k8s/web.yaml", "kubernetes", deployment)).toBe(false);
    expect(plan.first("k8s/kustomization.yaml", "kubernetes", "resources: [web.yaml]\n")).toBe(true);
    expect(plan.first("k8s/any.yaml", "kubernetes", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n")).toBe(true);
    expect(plan.first("k8s/ns.yaml", "kubernetes", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n")).toBe(true);
    expect(plan.first("k8s/se.yaml", "kubernetes", "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n")).toBe(true);
    // Formats a kind joins in are read first too; formats some kind reads whole never stream.
    expect(plan.first("skaffold.yaml", "skaffold", "apiVersion: skaffold/v4beta6\n")).toBe(true);
    const batches = plan.start(parsed("k8s/kustomization.yaml", "resources: [web.yaml]\n"), ["."]);
    expect(batches?.streams("kubernetes")).toBe(true);
    expect(batches?.streams("compose")).toBe(false);
    expect(batches?.streams("nginx")).toBe(false);
    expect([...(batches?.adapters.keys() ?? [])].sort()).toEqual(["document", "egress-policy", "kubernetes-object", "update-policy"]);
  });

  it("keeps, of a batched workload in a namespace that is a zone, a copy holding its images for the zone", () => {
    const plan = streamPlan(new Set(["document", "kubernetes-object", "egress-policy"]));
    const batches = plan.start(parsed("k8s/ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n"), ["."]);
    expect(batches?.streams("kubernetes")).toBe(true);
    const egress = batches?.adapters.get("egress-policy");
    const workload = (namespace: string): ParsedDocument =>
      parsed("k8s/web.yaml", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: ${namespace}\n  labels: { app: web }\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: sidecar\n        - name: web\n          image: shop/web:1.0\n          args: [--port, "80"]\n`)[0] as ParsedDocument;
    const kept = egress?.keep?.(workload("shop"));
    expect(kept?.document.value).toEqual({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "web", namespace: "shop" },
      spec: { template: { spec: { containers: [null, { image: "shop/web:1.0" }] } } },
    });
    // Placed as the original: line 14, the image.
    expect(kept?.document.locate(["spec", "template", "spec", "containers", 1, "image"]).line).toBe(14);
    expect(egress?.keep?.(workload("elsewhere"))).toBeUndefined();
    // Without a zone, nothing is kept.
    expect(plan.start([], ["."])?.adapters.get("egress-policy")?.keep).toBeUndefined();
  });

  it("keeps to the end the formats of a kind that has no batches", () => {
    const plan = streamPlan(new Set(["document", "repository", "terraform-resource"]));
    const batches = plan.start([], ["."]);
    expect(batches?.streams("kubernetes")).toBe(true);
    expect(batches?.streams("terraform")).toBe(false);
  });
});
