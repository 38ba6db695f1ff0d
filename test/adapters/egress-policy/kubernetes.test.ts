import { describe, expect, it } from "vitest";
import { at, byId, egressSubjects } from "./subjects.js";

const k8s = (text: string): [string, string] => ["kubernetes", text];
const NS = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    data-classification: personal\n";

describe("Kubernetes namespace egress zones", () => {
  it("put a base's objects in the namespace each Kustomize build that includes them sets", () => {
    const base = {
      "base/kustomization.yaml": k8s("resources:\n  - deploy.yaml\n  - deny.yaml\n"),
      "base/deploy.yaml": k8s("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: db\nspec:\n  template:\n    spec:\n      containers:\n        - name: db\n          image: postgres:16.4\n"),
      "base/deny.yaml": k8s("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-egress\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n"),
    };
    const subjects = egressSubjects({
      ...base,
      "overlays/prod/kustomization.yaml": k8s("namespace: shop\nresources:\n  - ../../base\n  - namespace.yaml\n"),
      "overlays/prod/namespace.yaml": k8s(NS),
      "overlays/staging/kustomization.yaml": k8s("namespace: staging\nresources:\n  - ../../base\n"),
    });
    // kustomize build overlays/prod puts the base's policy in shop: shop is default-deny.
    const shop = byId(subjects, "kubernetes:shop");
    expect(shop.value.defaultAction).toBe("deny");
    expect(shop.value.images).toEqual(["postgres:16.4"]);
    expect(at(shop, ["defaultAction"])).toBe("base/deny.yaml:7:16");
    // And overlays/staging puts it in staging, a namespace of no Namespace object of its own.
    expect(byId(subjects, "kubernetes:staging").value.defaultAction).toBe("deny");
    // Nothing is left in `default`, where kubectl apply of the base alone would put it.
    expect(subjects.map((s) => s.id)).not.toContain("kubernetes:default");
  });

  it("allow by default without an egress policy that selects every pod, pointing at the Namespace", () => {
    const zone = byId(
      egressSubjects({
        "ns.yaml": k8s(NS),
        "np.yaml": k8s("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels: {app: web}\n  policyTypes: [Egress]\n"),
      }),
      "kubernetes:shop",
    );
    expect(zone.value.defaultAction).toBe("allow");
    expect(zone.value.labels).toEqual({ "data-classification": "personal" });
    expect(at(zone, ["defaultAction"])).toBe("ns.yaml:1:1");
  });

  it("deny by default with podSelector {}, also when policyTypes is implied by an egress section", () => {
    const zone = byId(
      egressSubjects({
        "all.yaml": k8s(`${NS}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow-dns\n  namespace: shop\nspec:\n  podSelector: {}\n  egress:\n    - ports:\n        - {protocol: UDP, port: 53}\n        - {protocol: TCP, port: dns-tcp}\n`),
      }),
      "kubernetes:shop",
    );
    expect(zone.value.defaultAction).toBe("deny");
    expect(zone.value.allowed.any).toEqual([
      { via: "an egress rule without `to` in NetworkPolicy allow-dns", ports: [{ protocol: "UDP", from: 53, to: 53 }, { protocol: "TCP", name: "dns-tcp" }] },
    ]);
  });

  it("collect every policy's rules: CIDRs at the cidr value, selectors as peers", () => {
    const zone = byId(
      egressSubjects({
        "all.yaml": k8s(
          `${NS}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels: {app: web}\n  policyTypes: [Egress]\n  egress:\n    - to:\n        - ipBlock:\n            cidr: 0.0.0.0/0\n        - namespaceSelector:\n            matchLabels: {team: db}\n      ports:\n        - port: 443\n          endPort: 445\n`,
        ),
      }),
      "kubernetes:shop",
    );
    const ports = [{ protocol: "TCP", from: 443, to: 445 }];
    expect(zone.value.allowed.cidrs).toEqual([{ cidr: "0.0.0.0/0", ports }]);
    expect(zone.value.allowed.peers).toEqual([{ peer: "namespace(team=db)", ports }]);
    expect(at(zone, ["allowed", "cidrs", 0])).toBe("all.yaml:20:19");
  });

  it("count a CiliumNetworkPolicy over every endpoint as isolation, unless it switches default deny off", () => {
    const cnp = (extra: string) =>
      `${NS}---\napiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n  name: c\n  namespace: shop\nspec:\n  endpointSelector: {}\n${extra}  egress:\n    - toEntities: [cluster]\n`;
    expect(byId(egressSubjects({ "a.yaml": k8s(cnp("")) }), "kubernetes:shop").value.defaultAction).toBe("deny");
    expect(byId(egressSubjects({ "a.yaml": k8s(cnp("  enableDefaultDeny:\n    egress: false\n")) }), "kubernetes:shop").value.defaultAction).toBe("allow");
  });
});

describe("Cilium egress zones", () => {
  it("read toFQDNs as exact names and patterns, and a wildcard inside a label as unknown", () => {
    const zone = byId(
      egressSubjects({
        "c.yaml": k8s(
          "apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n  name: c\n  namespace: crm\nspec:\n  endpointSelector: {}\n  egress:\n    - toFQDNs:\n        - matchName: API.Example.net.\n        - matchPattern: '**.example.org'\n        - matchPattern: 'api*.example.com'\n      toPorts:\n        - ports:\n            - {port: '443', protocol: TCP}\n",
        ),
      }),
      "cilium:crm/c",
    );
    const ports = [{ protocol: "TCP", from: 443, to: 443 }];
    expect(zone.value.allowed.domains).toEqual([
      { domain: "api.example.net", exact: true, ports },
      { domain: "*.example.org", exact: false, ports },
      { domain: { $unknown: 'Cilium matchPattern "api*.example.com" has a wildcard inside a label' }, exact: false, ports },
    ]);
    expect(zone.value.defaultAction).toBe("deny");
  });
});

describe("Istio egress zones", () => {
  it("read the istio ConfigMap's embedded mesh and register ServiceEntry hosts", () => {
    const zone = byId(
      egressSubjects({
        "mesh.yaml": k8s("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio\n  namespace: istio-system\ndata:\n  mesh: |-\n    outboundTrafficPolicy:\n      mode: REGISTRY_ONLY\n"),
        "se.yaml": k8s("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: pay\nspec:\n  hosts: ['*.Pay.example.net']\n  ports:\n    - {number: 443, name: tls, protocol: TLS}\n"),
      }),
      "istio:ConfigMap/istio-system/istio",
    );
    expect(zone.value.defaultAction).toBe("deny");
    expect(at(zone, ["defaultAction"])).toBe("mesh.yaml:7:9");
    expect(zone.value.allowed.domains).toEqual([{ domain: "*.pay.example.net", exact: false, ports: [{ protocol: "TLS", from: 443, to: 443 }] }]);
  });

  it("leave the default unknown when only ServiceEntries are in the scan", () => {
    const subjects = egressSubjects({ "se.yaml": k8s("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: pay\nspec:\n  hosts: [a.example.net]\n") });
    expect(subjects).toHaveLength(1);
    expect(subjects[0]?.value).toMatchObject({ defaultAction: { $unknown: expect.stringContaining("not in the scanned files") } });
  });
});
