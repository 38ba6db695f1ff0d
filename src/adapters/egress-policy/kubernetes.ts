import { plainText } from "../../plain-data.js";
import type { Subject } from "../../types.js";
import type { Adapter } from "../adapter.js";
import { kubernetesObjects, selectorText, selectsAll, type K8sObject } from "./k8s-objects.js";
import { ZoneBuilder, addTo, asList, isRecord } from "./model.js";
import { kubernetesPorts } from "./ports.js";
import { containerImages } from "../update-policy/kubernetes-images.js";
import { kustomizations, kustomizeBuilds, type Kustomization } from "../update-policy/kustomize-images.js";

/**
 * Kubernetes NetworkPolicy, one zone per Namespace object of the run. A pod may reach anything
 * until a policy with `Egress` selects it, so the namespace is default-deny only when some
 * policy selects every pod (`podSelector: {}`) for egress; a CiliumNetworkPolicy selecting every
 * endpoint with egress rules does the same (unless `enableDefaultDeny.egress: false`). Allowed
 * destinations are the egress rules of every NetworkPolicy of the namespace: policies are
 * additive, so a rule meant for one pod still opens that pod's path out. `images` lists what the
 * namespace's workloads run, so a policy can tell a database's namespace by its image. An object
 * a Kustomize build includes is in the namespace the build sets, as `kustomize build` makes it.
 */
export const kubernetesNetworkPolicyAdapter: Adapter = ({ documents }) => {
  const objects = kubernetesObjects(documents);
  // Zones are the Namespace objects and the namespaces of egress policies: a run of workloads
  // alone (10,000 Deployments) has none, and placing each in its namespaces is then work for nothing.
  if (!objects.some(makesZone)) return [];
  const builds = kustomizations(documents);
  const byNamespace = new Map<string, K8sObject[]>();
  for (const object of objects) if (object.kind !== "Namespace") for (const namespace of namespacesOf(object, builds)) addTo(byNamespace, namespace, object);
  const subjects: Subject[] = [];
  const namespaces = objects.filter((o) => o.kind === "Namespace" && o.apiVersion === "v1");
  // A namespace whose Namespace object is not in the repository (the `default` one, or one
  // created elsewhere) still has the NetworkPolicies written for it: it is a zone too, with
  // no labels, so what its own policies do is judged and its classification is not guessed.
  const declared = new Set(namespaces.map((ns) => ns.name));
  const implied = [...byNamespace].flatMap(([name, members]) => {
    const first = declared.has(name) ? undefined : members.find((o) => o.kind === "NetworkPolicy" || o.kind === "CiliumNetworkPolicy");
    return first ? [{ ...first, name }] : [];
  });
  for (const ns of [...namespaces, ...implied]) {
    const zone = new ZoneBuilder("kubernetes", "kubernetes", { document: ns.document, path: ns.path }, { kind: "namespace", name: ns.name });
    const metadata = ns.kind === "Namespace" ? ns.value["metadata"] : undefined;
    const labels = isRecord(metadata) && isRecord(metadata["labels"]) ? metadata["labels"] : undefined;
    zone.labels(labels ?? {}, ns.document, [...ns.path, "metadata", ...(labels ? ["labels"] : [])]);
    const inNamespace = byNamespace.get(ns.name) ?? [];
    for (const object of inNamespace) for (const { image, path } of containerImages(object.value)) zone.image(image, object.document, [...object.path, ...path]);
    const policies = inNamespace.filter((o) => o.kind === "NetworkPolicy" && o.apiVersion.startsWith("networking.k8s.io/") && governsEgress(o));
    const isolating = policies.find((p) => selectsAll(spec(p)["podSelector"])) ?? inNamespace.find(ciliumIsolatesAll);
    if (isolating) {
      const at = "policyTypes" in spec(isolating) ? ["spec", "policyTypes"] : ["spec"];
      zone.defaultAction("deny", isolating.document, [...isolating.path, ...at]);
    } else {
      zone.defaultAction("allow", ns.document, ns.path);
    }
    for (const policy of policies) addRules(zone, policy);
    subjects.push(zone.build({ namespace: ns.name, ...(isolating ? { isolatedBy: `${isolating.kind} ${isolating.name}` } : {}) }));
  }
  return subjects;
};

/**
 * The namespaces that are zones: every Namespace object's, and every namespace a NetworkPolicy
 * or CiliumNetworkPolicy is deployed to (see `implied`).
 */
export function zoneNamespaces(objects: readonly K8sObject[], builds: readonly Kustomization[]): Set<string> {
  const zones = new Set<string>();
  for (const object of objects) {
    if (object.kind === "Namespace" && object.apiVersion === "v1") zones.add(object.name);
    else if (object.kind === "NetworkPolicy" || object.kind === "CiliumNetworkPolicy") for (const namespace of namespacesOf(object, builds)) zones.add(namespace);
  }
  return zones;
}

/** A Namespace, or a policy whose namespace is a zone even without its Namespace object (see `implied`). */
function makesZone(object: K8sObject): boolean {
  return object.kind === "Namespace" || object.kind === "NetworkPolicy" || object.kind === "CiliumNetworkPolicy";
}

/**
 * The namespaces an object is deployed to: the one each Kustomize build that includes its file
 * sets (kustomize's namespace overrides the object's own), else its own, else `default`. A base
 * that two overlays build into two namespaces is in both.
 */
export function namespacesOf(object: K8sObject, builds: readonly Kustomization[]): string[] {
  const set = kustomizeBuilds(object.document.file, builds).map((build) => build.namespace ?? object.namespace);
  return set.length === 0 ? [object.namespace] : [...new Set(set)];
}

function spec(object: K8sObject): Record<string, unknown> {
  const value = object.value["spec"];
  return isRecord(value) ? value : {};
}

/** `Egress` in `policyTypes`; without `policyTypes`, Kubernetes adds Egress when an `egress` section is written. */
function governsEgress(policy: K8sObject): boolean {
  const types = spec(policy)["policyTypes"];
  if (Array.isArray(types)) return types.includes("Egress");
  return "egress" in spec(policy);
}

function ciliumIsolatesAll(object: K8sObject): boolean {
  if (object.kind !== "CiliumNetworkPolicy") return false;
  const specs = [object.value["spec"], ...asList(object.value["specs"])].filter(isRecord);
  return specs.some((s) => {
    const defaults = s["enableDefaultDeny"];
    const disabled = isRecord(defaults) && defaults["egress"] === false;
    const hasEgress = asList(s["egress"]).length > 0 || asList(s["egressDeny"]).length > 0;
    return !disabled && hasEgress && selectsAll(s["endpointSelector"]);
  });
}

function addRules(zone: ZoneBuilder, policy: K8sObject): void {
  const rules = spec(policy)["egress"];
  if (!Array.isArray(rules)) return;
  rules.forEach((rule, i) => {
    const at = [...policy.path, "spec", "egress", i];
    const ports = kubernetesPorts(isRecord(rule) ? rule["ports"] : undefined);
    const peers = isRecord(rule) ? asList(rule["to"]) : [];
    if (peers.length === 0) {
      const via = isRecord(rule) && Object.keys(rule).length === 0 ? "an empty egress rule" : "an egress rule without `to`";
      zone.allow("any", { via: `${via} in NetworkPolicy ${policy.name}`, ports }, policy.document, at);
      return;
    }
    peers.forEach((peer, j) => {
      const peerAt = [...at, "to", j];
      const block = isRecord(peer) ? peer["ipBlock"] : undefined;
      if (isRecord(block)) {
        const cidr = block["cidr"];
        zone.allow("cidrs", { cidr: typeof cidr === "string" ? cidr : plainText(cidr), ports }, policy.document, [...peerAt, "ipBlock", "cidr"]);
        return;
      }
      const parts: string[] = [];
      if (isRecord(peer) && "namespaceSelector" in peer) parts.push(`namespace(${selectorText(peer["namespaceSelector"])})`);
      if (isRecord(peer) && "podSelector" in peer) parts.push(`pod(${selectorText(peer["podSelector"])})`);
      zone.allow("peers", { peer: parts.join("/") || "(empty peer)", ports }, policy.document, peerAt);
    });
  });
}
