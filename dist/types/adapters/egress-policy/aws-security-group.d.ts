import type { DocPath, Document } from "../../types.js";
import type { Adapter } from "../adapter.js";
import { ZoneBuilder } from "./model.js";
/**
 * AWS security groups in Terraform, one zone per `aws_security_group`. Egress rules come from the
 * group's inline `egress` blocks and from the separate `aws_security_group_rule` (`type =
 * "egress"`) and `aws_vpc_security_group_egress_rule` resources of the same module whose
 * `security_group_id` refers to the group: a split resource joined back. A group is an allowlist
 * (Terraform removes AWS's implicit allow-all rule from the groups it manages). `dataStores` are
 * the resources of the module that attach the group through `vpc_security_group_ids` or
 * `security_group_ids`, which is how a group is known to guard a database.
 */
export declare const awsSecurityGroupAdapter: Adapter;
/** An inline `egress` block or an `aws_security_group_rule`: lists of CIDRs, prefix lists and groups. */
export declare function addLegacyRule(zone: ZoneBuilder, rule: unknown, document: Document, at: DocPath): void;
/** An `aws_vpc_security_group_egress_rule`: one destination per resource. */
export declare function addVpcRule(zone: ZoneBuilder, body: Record<string, unknown>, document: Document, path: DocPath): void;
