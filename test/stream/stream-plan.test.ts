import { describe, expect, it } from "vitest";
import { mayName } from "../../src/adapters/may-name.js";
import { anyJoinTest, joinTestParts, joinTestsOnce, textMayName, type JoinTest } from "../../src/adapters/join-tests.js";
import { adapterStreams } from "../../src/adapters/index.js";
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

  it("runs a join test that several kinds make once per file, and searches a text once for every word", () => {
    const kustomizationFile: JoinTest = (path) => path.endsWith("kustomization.yaml");
    const kustomization = anyJoinTest(kustomizationFile, textMayName(["Kustomization"]));
    const zones = anyJoinTest(textMayName(["Namespace", "istio"]), kustomization);
    expect(joinTestParts(kustomizationFile)).toEqual([kustomizationFile]);
    expect(joinTestParts(zones)).toHaveLength(3);
    const once = joinTestsOnce([zones, kustomization, kustomization]);
    // The path's test, then one search for the three words.
    expect(once).toHaveLength(2);
    expect(once[0]).toBe(kustomizationFile);
    expect((once[1] as JoinTest & { words: string[] }).words).toEqual(["Namespace", "istio", "Kustomization"]);
    const texts: Array<[string, string]> = [
      ["a/kustomization.yaml", ""],
      ["a/ns.yaml", "kind: Namespace\n"],
      ["a/k.yaml", "kind: Kustomization\n"],
      ["a/cm.yaml", "kind: ConfigMap\nmetadata:\n  name: istio\n"],
      ["a/escaped.yaml", 'kind: "Name\\u0073pace"\n'],
      ["a/web.yaml", "kind: Deployment\n"],
    ];
    for (const [path, text] of texts) expect(once.some((test) => test(path, text)), path).toBe(zones(path, text) || kustomization(path, text));
    expect(texts.map(([path, text]) => zones(path, text))).toEqual([true, true, true, true, true, false]);
    // The kinds of a run share the Kustomization test.
    const egress = joinTestParts(adapterStreams["egress-policy"]?.joins as JoinTest);
    for (const kind of ["update-policy", "kubernetes-object"] as const) for (const part of joinTestParts(adapterStreams[kind]?.joins as JoinTest)) expect(egress).toContain(part);
    const plan = streamPlan(new Set(["kubernetes-object", "update-policy", "egress-policy"]));
    expect(texts.map(([path, text]) => plan.first(path, "kubernetes", text))).toEqual([true, true, true, true, true, false]);
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

  it("keeps to the end only the files read first whose documents hold one others join with", () => {
    const all = streamPlan(new Set(["document", "kubernetes-object", "update-policy", "egress-policy"]));
    const kept = (path: string, text: string, format = "kubernetes"): boolean => {
      expect(all.first(path, format, text)).toBe(true);
      return all.keptFirst(path, format, text, format === "kubernetes" ? parsed(path, text) : []);
    };
    // Its descriptions name a Namespace; it is none.
    const crd =
      "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: probes.monitoring.example.com\n" +
      "spec:\n  versions:\n    - schema:\n        openAPIV3Schema:\n          description: Selects a Namespace to probe.\n";
    expect(kept("crds/probes.yaml", crd)).toBe(false);
    // A workload whose text names a NetworkPolicy, a Kustomization or Istio in a comment or a value.
    expect(kept("k8s/web.yaml", "# the NetworkPolicy in np.yaml isolates it\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n")).toBe(false);
    expect(kept("k8s/flux.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\ndata:\n  how: apply the Kustomization\n")).toBe(false);
    expect(kept("k8s/ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n")).toBe(true);
    expect(kept("k8s/np.yaml", "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: networking.k8s.io/v1\n    kind: NetworkPolicy\n    metadata:\n      name: deny\n")).toBe(true);
    expect(kept("k8s/cnp.yaml", "apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata:\n  name: deny\n")).toBe(true);
    expect(kept("k8s/mesh.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio\n  namespace: istio-system\ndata:\n  mesh: '{}'\n")).toBe(true);
    expect(kept("k8s/se.yaml", "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: api\n")).toBe(true);
    // Of Istio's API, the CRD too: its name holds `istio`. Kept as before, which costs only memory.
    expect(kept("crds/se.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: serviceentries.networking.istio.io\n")).toBe(true);
    expect(kept("k8s/kustomization.yaml", "resources: [web.yaml]\n")).toBe(true);
    expect(kept("k8s/any.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n")).toBe(true);
    // A file that does not parse holds nothing; a format joined in is context whatever it holds.
    expect(all.keptFirst("k8s/bad.yaml", "kubernetes", "kind: Namespace\n  x: [", [])).toBe(false);
    expect(kept("skaffold.yaml", "apiVersion: skaffold/v4beta6\n", "skaffold")).toBe(true);
    // Its name alone makes a file read first only when it names a Kustomization.
    expect(["kustomization.yaml", "kustomization.yml", "Kustomization", "namespace.yaml", "kustomization.yaml.bak"].map((name) => all.firstByName(name))).toEqual([true, true, true, false, false]);
    expect(streamPlan(new Set(["document"])).firstByName("kustomization.yaml")).toBe(false);
    // Read by zones alone, a Namespace is kept and a CRD is not.
    const zonesOnly = streamPlan(new Set(["egress-policy"]));
    expect(zonesOnly.keptFirst("crds/probes.yaml", "kubernetes", crd, parsed("crds/probes.yaml", crd))).toBe(false);
    expect(zonesOnly.keptFirst("k8s/ns.yaml", "kubernetes", "kind: Namespace", parsed("k8s/ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n"))).toBe(true);
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
