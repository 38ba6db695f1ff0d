import { listResourceChanges, type PlannedResource } from "../../formats/terraform-plan.js";
import type { Subject } from "../../types.js";
import type { Adapter } from "../adapter.js";
import { isUnknown, unknownValue } from "../normalized/unknown.js";
import { afterUnknown, configurationReferences, overlay, withoutKeys } from "../terraform-plan-values.js";
import { addLegacyRule, addVpcRule } from "./aws-security-group.js";
import { ZoneBuilder, addTo, asList, isRecord } from "./model.js";

interface Planned extends PlannedResource {
  /** `after` with a marker wherever `after_unknown` says the value is known only after apply. */
  body: Record<string, unknown>;
  /** The resource's address in the configuration: instance keys dropped (`module.db.aws_security_group.this`). */
  configAddress: string;
  /** Position in `resource_changes`, to keep joined rules in plan order. */
  order: number;
}

/**
 * AWS security groups in a Terraform plan (`terraform show -json`), where variables, modules,
 * `count` and `dynamic` blocks are already expanded. The same zones as for `.tf` files; rules and
 * data stores are joined to a group by its id when the plan knows it, and otherwise by the
 * references the plan's `configuration` records for `security_group_id` /
 * `vpc_security_group_ids` (a group created by the same plan has no id yet).
 */
export const awsSecurityGroupPlanAdapter: Adapter = ({ documents }) => {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "terraform-plan") continue;
    const references = configurationReferences(document.value);
    const planned: Planned[] = listResourceChanges(document)
      .filter((r) => r.mode === "managed" && isRecord(r.after))
      .map((r, order) => ({ ...r, body: overlay(r.after, afterUnknown(document.value, r.path)) as Record<string, unknown>, configAddress: withoutKeys(r.address), order }));
    // For each attribute that names groups, the resources that name each group: by id and by configuration address.
    const index = (attributes: readonly string[]): Map<string, Planned[]> => {
      const out = new Map<string, Planned[]>();
      for (const resource of planned) {
        const keys = new Set<string>();
        const module = resource.configAddress.slice(0, resource.configAddress.length - `${resource.type}.${resource.name}`.length);
        for (const attribute of attributes) {
          for (const id of asList(resource.body[attribute])) if (typeof id === "string") keys.add(`id:${id}`);
          for (const ref of references.get(resource.configAddress)?.get(attribute) ?? []) if (ref.endsWith(".id")) keys.add(`config:${module}${ref.slice(0, -3)}`);
        }
        for (const key of keys) addTo(out, key, resource);
      }
      return out;
    };
    const rulesOf = index(["security_group_id"]);
    const storesOf = index(["vpc_security_group_ids", "security_group_ids"]);
    const joined = (map: Map<string, Planned[]>, group: Planned): Planned[] => {
      const id = group.body["id"];
      const found = new Set([...(typeof id === "string" ? (map.get(`id:${id}`) ?? []) : []), ...(map.get(`config:${group.configAddress}`) ?? [])]);
      return [...found].sort((a, b) => a.order - b.order);
    };
    for (const group of planned.filter((r) => r.type === "aws_security_group")) {
      const zone = new ZoneBuilder("terraform", format, { document, path: group.path }, { kind: "security-group", name: `${document.file}:${group.address}` });
      const tags = group.body["tags"];
      zone.labels(isRecord(tags) && !isUnknown(tags) ? tags : tags === undefined || tags === null ? {} : unknownValue("the group's tags are known only after apply"), document, [...group.path, "tags"]);
      zone.defaultAction("deny", document, group.path);
      const inline = group.body["egress"];
      if (isUnknown(inline)) zone.allow("cidrs", { cidr: inline, ports: [] }, document, [...group.path, "egress"]);
      else asList(inline).forEach((block, i) => addLegacyRule(zone, block, document, [...group.path, "egress", i]));
      for (const rule of joined(rulesOf, group)) {
        if (rule.type === "aws_security_group_rule" && rule.body["type"] === "egress") addLegacyRule(zone, rule.body, document, rule.path);
        if (rule.type === "aws_vpc_security_group_egress_rule") addVpcRule(zone, rule.body, document, rule.path);
      }
      zone.value.dataStores = joined(storesOf, group).map((r) => ({ address: r.address, type: r.type }));
      subjects.push(zone.build({ address: group.address }));
    }
  }
  return subjects;
};
