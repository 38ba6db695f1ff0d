import type { Adapter } from "../adapter.js";
/**
 * AWS security groups in a Terraform plan (`terraform show -json`), where variables, modules,
 * `count` and `dynamic` blocks are already expanded. The same zones as for `.tf` files; rules and
 * data stores are joined to a group by its id when the plan knows it, and otherwise by the
 * references the plan's `configuration` records for `security_group_id` /
 * `vpc_security_group_ids` (a group created by the same plan has no id yet).
 */
export declare const awsSecurityGroupPlanAdapter: Adapter;
