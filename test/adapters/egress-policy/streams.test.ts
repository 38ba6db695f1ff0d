import { describe, expect, it } from "vitest";
import { egressPolicyStream } from "../../../src/adapters/egress-policy/index.js";
import { egressSubjects } from "./subjects.js";
import { kubernetesObjects, objectNamespaces } from "../../../src/adapters/egress-policy/k8s-objects.js";
import { yamlParser } from "../../../src/formats/yaml.js";
import type { ParsedDocument } from "../../../src/adapters/adapter.js";

/** What a repository of workloads holds, none of it naming a zone, mesh or sidecar kind. */
const WORKLOADS: Record<string, string> = {
  "deploy.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: postgres:16\n",
  "sts.yaml": "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  template:\n    spec:\n      containers:\n        - name: db\n          image: mysql:8\n",
  "cron.yaml": "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: job\n              image: busybox:1.36\n",
  "svc.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n",
  "cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n",
  "ingress.yaml": "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n    - host: shop.example.com\n",
  "list.yaml": "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: one\n    spec:\n      containers:\n        - name: one\n          image: redis:7\n",
};

describe("egress-policy subjects of Kubernetes manifests in batches", () => {
  it("makes no subject of workloads alone, which is what a batch holds, so batches make none", () => {
    const files = Object.fromEntries(Object.entries(WORKLOADS).map(([path, text]) => [path, ["kubernetes", text] as [string, string]]));
    expect(egressSubjects(files)).toEqual([]);
    for (const [path, text] of Object.entries(WORKLOADS)) expect(egressPolicyStream.joins(path, text)).toBe(false);
  });

  it("reads first every file naming a kind that makes or joins a zone", () => {
    const makers = [
      "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n",
      "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\nspec:\n  podSelector: {}\n",
      "apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n  name: deny\n",
      "apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata:\n  name: deny\n",
      "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: api\n",
      "apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata:\n  name: default\n",
      "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata:\n  name: mesh\n",
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio\ndata:\n  mesh: 'outboundTrafficPolicy: {mode: REGISTRY_ONLY}'\n",
    ];
    for (const text of makers) expect(egressPolicyStream.joins("k8s/x.yaml", text)).toBe(true);
  });

  it("keeps of each file judged during discovery every namespace its objects are in", () => {
    for (const [path, text] of Object.entries({ ...WORKLOADS, "other.yaml": "just: words\n", "items.yaml": "apiVersion: v1\nkind: Thing\nmetadata:\n  namespace: ops\nitems: [{ metadata: { namespace: shop } }]\n" })) {
      const result = yamlParser.parse(text, path);
      if (!result.ok) throw new Error(path);
      const documents: ParsedDocument[] = result.documents.map((document) => ({ document, format: "kubernetes" }));
      const words = objectNamespaces(documents);
      for (const object of kubernetesObjects(documents)) expect(words).toContain(object.namespace);
    }
    const list = yamlParser.parse(WORKLOADS["list.yaml"] as string, "list.yaml");
    expect(list.ok && objectNamespaces(list.documents.map((document) => ({ document, format: "kubernetes" })))).toEqual(["default", "default"]);
  });

  it("reads first the Kustomizations, by name or by kind, whose namespace places the workloads they name", () => {
    expect(egressPolicyStream.joins("app/kustomization.yaml", "resources:\n  - db.yaml\nnamespace: shop\n")).toBe(true);
    expect(egressPolicyStream.joins("app/build.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: shop\n")).toBe(true);
  });
});
