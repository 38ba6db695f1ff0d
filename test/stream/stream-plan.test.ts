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

  it("keeps manifests to the end when a Namespace read first makes a zone of every workload in it", () => {
    const plan = streamPlan(new Set(["document", "kubernetes-object", "egress-policy"]));
    const batches = plan.start(parsed("k8s/ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n"), ["."]);
    expect(batches?.streams("kubernetes")).toBe(false);
    // A format no kind with a zone takes still streams.
    expect(batches?.streams("yaml")).toBe(true);
    // Without the egress kind, nothing is refused.
    expect(streamPlan(new Set(["kubernetes-object"])).start(parsed("k8s/ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n"), ["."])?.streams("kubernetes")).toBe(true);
  });

  it("keeps to the end the formats of a kind that has no batches", () => {
    const plan = streamPlan(new Set(["document", "repository", "terraform-resource"]));
    const batches = plan.start([], ["."]);
    expect(batches?.streams("kubernetes")).toBe(true);
    expect(batches?.streams("terraform")).toBe(false);
  });
});
