import { plainText } from "../../plain-data.js";
import type { DocPath, Subject } from "../../types.js";
import type { Adapter } from "../adapter.js";
import { unknownValue } from "../normalized/unknown.js";
import { kubernetesObjects, selectorText, type K8sObject } from "./k8s-objects.js";
import { ZoneBuilder, asList, isRecord, type EgressPort } from "./model.js";
import { kubernetesPorts } from "./ports.js";

const KINDS = new Set(["CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy"]);
/** Entities outside the cluster: a rule to them admits every internet host. */
const WORLD = new Set(["world", "world-ipv4", "world-ipv6", "all"]);
/** Peer fields of an egress rule; a rule with none of them selects every destination (its `toPorts` only narrows ports). */
const L3 = ["toFQDNs", "toCIDR", "toCIDRSet", "toEntities", "toEndpoints", "toServices", "toGroups", "toNodes", "toRequires"];

/**
 * Cilium, one zone per CiliumNetworkPolicy / CiliumClusterwideNetworkPolicy that has egress
 * rules. A policy with `egress` or `egressDeny` rules puts the endpoints it selects into
 * default deny for egress unless `enableDefaultDeny.egress: false`; then its deny rules are a
 * blocklist. `toFQDNs` give domains (`matchName` exactly, `matchPattern` as a wildcard).
 */
export const ciliumAdapter: Adapter = ({ documents }) => {
  const subjects: Subject[] = [];
  for (const policy of kubernetesObjects(documents).filter((o) => KINDS.has(o.kind) && o.apiVersion.startsWith("cilium.io/"))) {
    const specs = specsOf(policy);
    const egress = specs.filter(({ spec }) => asList(spec["egress"]).length > 0 || asList(spec["egressDeny"]).length > 0);
    const first = egress[0];
    if (first === undefined) continue;
    const name = policy.kind === "CiliumClusterwideNetworkPolicy" ? policy.name : `${policy.namespace}/${policy.name}`;
    const zone = new ZoneBuilder("cilium", "kubernetes", { document: policy.document, path: policy.path }, { kind: "cilium-policy", name });
    const metadata = policy.value["metadata"];
    const labels = isRecord(metadata) && isRecord(metadata["labels"]) ? metadata["labels"] : undefined;
    zone.labels(labels ?? {}, policy.document, [...policy.path, "metadata", ...(labels ? ["labels"] : [])]);
    const enforcing = egress.find(({ spec }) => !(isRecord(spec["enableDefaultDeny"]) && spec["enableDefaultDeny"]["egress"] === false));
    if (enforcing) zone.defaultAction("deny", policy.document, [...enforcing.path, asList(enforcing.spec["egress"]).length > 0 ? "egress" : "egressDeny"]);
    else zone.defaultAction("allow", policy.document, [...first.path, "enableDefaultDeny", "egress"]);
    for (const { spec, path } of egress) {
      asList(spec["egress"]).forEach((rule, i) => addRule(zone, "allow", rule, policy, [...path, "egress", i]));
      asList(spec["egressDeny"]).forEach((rule, i) => addRule(zone, "deny", rule, policy, [...path, "egressDeny", i]));
    }
    subjects.push(zone.build({ namespace: policy.kind === "CiliumClusterwideNetworkPolicy" ? null : policy.namespace }));
  }
  return subjects;
};

function specsOf(policy: K8sObject): Array<{ spec: Record<string, unknown>; path: DocPath }> {
  const out: Array<{ spec: Record<string, unknown>; path: DocPath }> = [];
  const single = policy.value["spec"];
  if (isRecord(single)) out.push({ spec: single, path: [...policy.path, "spec"] });
  asList(policy.value["specs"]).forEach((s, i) => {
    if (isRecord(s)) out.push({ spec: s, path: [...policy.path, "specs", i] });
  });
  return out;
}

function rulePorts(rule: Record<string, unknown>): EgressPort[] {
  return asList(rule["toPorts"]).flatMap((entry) => (isRecord(entry) ? kubernetesPorts(entry["ports"]) : []));
}

function addRule(zone: ZoneBuilder, action: "allow" | "deny", rule: unknown, policy: K8sObject, at: DocPath): void {
  if (!isRecord(rule)) return;
  const add = action === "allow" ? zone.allow.bind(zone) : zone.deny.bind(zone);
  const ports = rulePorts(rule);
  const { document } = policy;
  if (!L3.some((key) => key in rule)) {
    add("any", { via: `a rule of ${policy.kind} ${policy.name} with no destination`, ports }, document, at);
    return;
  }
  asList(rule["toFQDNs"]).forEach((fqdn, k) => {
    if (!isRecord(fqdn)) return;
    if (typeof fqdn["matchName"] === "string") add("domains", { domain: fqdn["matchName"].toLowerCase().replace(/\.$/, ""), exact: true, ports }, document, [...at, "toFQDNs", k, "matchName"]);
    if (typeof fqdn["matchPattern"] === "string") add("domains", { domain: fqdnPattern(fqdn["matchPattern"]), exact: !fqdn["matchPattern"].includes("*"), ports }, document, [...at, "toFQDNs", k, "matchPattern"]);
  });
  asList(rule["toCIDR"]).forEach((cidr, k) => add("cidrs", { cidr: plainText(cidr), ports }, document, [...at, "toCIDR", k]));
  asList(rule["toCIDRSet"]).forEach((set, k) => {
    if (isRecord(set) && typeof set["cidr"] === "string") add("cidrs", { cidr: set["cidr"], ports }, document, [...at, "toCIDRSet", k, "cidr"]);
    else add("cidrs", { cidr: unknownValue("a CIDR group reference is resolved in the cluster"), ports }, document, [...at, "toCIDRSet", k]);
  });
  asList(rule["toEntities"]).forEach((entity, k) => {
    const name = plainText(entity);
    if (WORLD.has(name)) add("any", { via: `toEntities: ${name} in ${policy.kind} ${policy.name}`, ports }, document, [...at, "toEntities", k]);
    else add("peers", { peer: `entity(${name})`, ports }, document, [...at, "toEntities", k]);
  });
  for (const key of ["toEndpoints", "toServices", "toGroups", "toNodes"]) {
    asList(rule[key]).forEach((peer, k) => add("peers", { peer: `${key}(${key === "toEndpoints" || key === "toNodes" ? selectorText(peer) : JSON.stringify(peer)})`, ports }, document, [...at, key, k]));
  }
}

/**
 * A `matchPattern` in `domainMatches` syntax. Cilium's `*` is one label and `**.` any depth;
 * both read as `*.` (admitting more, never less). A `*` inside a label (`api*.example.com`)
 * cannot be compared with domain names and is unknown.
 */
function fqdnPattern(pattern: string) {
  const lower = pattern.toLowerCase().replace(/\.$/, "");
  if (lower === "*" || lower === "**") return "*";
  const rest = lower.replace(/^\*\*?\./, "");
  if (!rest.includes("*")) return lower === rest ? rest : `*.${rest}`;
  return unknownValue(`Cilium matchPattern "${pattern}" has a wildcard inside a label`);
}
