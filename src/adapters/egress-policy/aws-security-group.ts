import type { DocPath, Document, Subject } from "../../types.js";
import type { Adapter, AdapterInput } from "../adapter.js";
import { byModuleInstance } from "../terraform-references.js";
import { terraformResourceAdapter } from "../terraform-resource.js";
import { isUnknown, unknownValue } from "../normalized/unknown.js";
import { show, ZoneBuilder, addTo, asList, isRecord, type EgressPort } from "./model.js";

interface Resource {
  /** The subject id: the address, prefixed with the directory (or calling root) outside the top level. */
  id: string;
  type: string;
  name: string;
  body: Record<string, unknown>;
  document: Document;
  path: DocPath;
}

/**
 * AWS security groups in Terraform, one zone per `aws_security_group`. Egress rules come from the
 * group's inline `egress` blocks and from the separate `aws_security_group_rule` (`type =
 * "egress"`) and `aws_vpc_security_group_egress_rule` resources of the same module whose
 * `security_group_id` refers to the group: a split resource joined back. A group is an allowlist
 * (Terraform removes AWS's implicit allow-all rule from the groups it manages). `dataStores` are
 * the resources of the module that attach the group through `vpc_security_group_ids` or
 * `security_group_ids`, which is how a group is known to guard a database.
 */
export const awsSecurityGroupAdapter: Adapter = (input) => {
  const subjects: Subject[] = [];
  for (const { module, resources } of modules(input)) {
    // Which groups each resource refers to, indexed once: joining per group would be quadratic.
    const rulesOf = new Map<string, Resource[]>();
    const storesOf = new Map<string, Resource[]>();
    for (const resource of resources) {
      for (const group of groupsNamed(resource.body["security_group_id"])) addTo(rulesOf, group, resource);
      const attached = new Set([...groupsNamed(resource.body["vpc_security_group_ids"]), ...groupsNamed(resource.body["security_group_ids"])]);
      for (const group of attached) addTo(storesOf, group, resource);
    }
    for (const group of resources.filter((r) => r.type === "aws_security_group")) {
      const address = `${group.type}.${group.name}`;
      const name = group.id;
      const zone = new ZoneBuilder("terraform", "terraform", { document: group.document, path: group.path }, { kind: "security-group", name });
      const tags = group.body["tags"];
      zone.labels(isRecord(tags) && !isUnknown(tags) ? tags : tags === undefined ? {} : unknownValue("the group's tags are not a literal map"), group.document, [...group.path, ...(tags === undefined ? [] : ["tags"])]);
      zone.defaultAction("deny", group.document, group.path);
      const inline = group.body["egress"];
      if (isUnknown(inline)) zone.allow("cidrs", { cidr: unknownValue("the egress rules are computed"), ports: [] }, group.document, [...group.path, "egress"]);
      else asList(inline).forEach((block, i) => addLegacyRule(zone, block, group.document, [...group.path, "egress", i]));
      const dynamic = group.body["dynamic"];
      if (isRecord(dynamic) && "egress" in dynamic) {
        zone.allow("cidrs", { cidr: unknownValue("a dynamic egress block is generated at plan time"), ports: [] }, group.document, [...group.path, "dynamic", "egress"]);
      }
      for (const rule of rulesOf.get(address) ?? []) {
        if (rule.type === "aws_security_group_rule" && rule.body["type"] === "egress") addLegacyRule(zone, rule.body, rule.document, rule.path);
        if (rule.type === "aws_vpc_security_group_egress_rule") addVpcRule(zone, rule.body, rule.document, rule.path);
      }
      zone.value.dataStores = (storesOf.get(address) ?? []).map((r) => ({ address: `${r.type}.${r.name}`, type: r.type }));
      subjects.push(zone.build({ module, address }));
    }
  }
  return subjects;
};

/**
 * The resources of each module instance, from the terraform-resource subjects of the run (var and
 * local literals resolved, module calls followed, built once per run).
 */
function modules(input: AdapterInput): Array<{ module: string; resources: Resource[] }> {
  return [...byModuleInstance(terraformResourceAdapter(input)).values()].map((members) => ({
    module: String(members[0]?.meta?.["module"] ?? "."),
    resources: members.flatMap((subject) =>
      subject.document && isRecord(subject.value)
        ? [{ id: subject.id, type: String(subject.meta?.["type"]), name: String(subject.meta?.["name"]), body: subject.value, document: subject.document, path: subject.path }]
        : [],
    ),
  }));
}

/** The groups (`aws_security_group.NAME`, also `NAME[0]` / `NAME["key"]` instances) whose id an attribute's expressions name. */
function groupsNamed(value: unknown): Set<string> {
  const groups = new Set<string>();
  for (const expression of expressions(value)) {
    for (const match of expression.matchAll(/(?:^|[^\w.])(aws_security_group\.[\p{L}\p{N}_-]+)(?:\[[^\]]*\])?\.id\b/gu)) if (match[1]) groups.add(match[1]);
  }
  return groups;
}

/** The `$expr` texts anywhere in a value. */
function expressions(value: unknown): string[] {
  if (isRecord(value) && typeof value["$expr"] === "string") return [value["$expr"]];
  if (Array.isArray(value)) return value.flatMap(expressions);
  return [];
}

/** Protocol `-1` / `all` is every protocol and port; anything else is a `from_port`–`to_port` range. */
function ports(protocol: unknown, from: unknown, to: unknown): EgressPort[] {
  if (protocol === "-1" || protocol === -1 || protocol === "all") return [];
  // Terraform requires a protocol; a rule without one is read as unknown rather than guessed.
  if (protocol === undefined || protocol === null) return [{ protocol: unknownValue("the rule sets no protocol") }];
  const name = typeof protocol === "string" ? protocol.toUpperCase() : isUnknown(protocol) ? protocol : show(protocol);
  const port = (v: unknown) =>
    typeof v === "number" || isUnknown(v) ? v : v === undefined || v === null ? unknownValue("the rule sets no port") : unknownValue(`port ${show(v)} is not a number`);
  return [{ protocol: name, from: port(from), to: port(to) }];
}

/** An inline `egress` block or an `aws_security_group_rule`: lists of CIDRs, prefix lists and groups. */
export function addLegacyRule(zone: ZoneBuilder, rule: unknown, document: Document, at: DocPath): void {
  if (!isRecord(rule)) return;
  const range = ports(rule["protocol"], rule["from_port"], rule["to_port"]);
  for (const key of ["cidr_blocks", "ipv6_cidr_blocks"]) {
    const list = rule[key];
    if (isUnknown(list)) {
      zone.allow("cidrs", { cidr: list, ports: range }, document, [...at, key]);
      continue;
    }
    asList(list).forEach((cidr, k) => cidr !== null && zone.allow("cidrs", { cidr: typeof cidr === "string" || isUnknown(cidr) ? cidr : show(cidr), ports: range }, document, [...at, key, k]));
  }
  for (const [key, kind] of [["prefix_list_ids", "prefix-list"], ["security_groups", "security-group"], ["source_security_group_id", "security-group"]] as const) {
    const value = rule[key];
    (isUnknown(value) ? [value] : asList(value)).forEach((peer, k) => peer !== null && zone.allow("peers", { peer: `${kind}(${describe(peer)})`, ports: range }, document, Array.isArray(value) ? [...at, key, k] : [...at, key]));
  }
  if (rule["self"] === true) zone.allow("peers", { peer: "security-group(self)", ports: range }, document, [...at, "self"]);
}

/** An `aws_vpc_security_group_egress_rule`: one destination per resource. */
export function addVpcRule(zone: ZoneBuilder, body: Record<string, unknown>, document: Document, path: DocPath): void {
  const range = ports(body["ip_protocol"], body["from_port"], body["to_port"]);
  for (const key of ["cidr_ipv4", "cidr_ipv6"]) {
    const cidr = body[key];
    // Plans write unset attributes as null.
    if (cidr !== undefined && cidr !== null) zone.allow("cidrs", { cidr: typeof cidr === "string" || isUnknown(cidr) ? cidr : show(cidr), ports: range }, document, [...path, key]);
  }
  for (const [key, kind] of [["prefix_list_id", "prefix-list"], ["referenced_security_group_id", "security-group"]] as const) {
    if (body[key] !== undefined && body[key] !== null) zone.allow("peers", { peer: `${kind}(${describe(body[key])})`, ports: range }, document, [...path, key]);
  }
}

function describe(value: unknown): string {
  if (isRecord(value) && typeof value["$expr"] === "string") return value["$expr"];
  return typeof value === "string" ? value : JSON.stringify(value);
}
