import type { Subject } from "../types.js";
import type { ParsedDocument } from "./adapter.js";
/**
 * terraform-resource subjects from plans (`terraform show -json`): one per managed resource
 * instance the plan creates, updates or keeps, with its planned values. Variables, modules,
 * `count`, `for_each` and `dynamic` blocks are already expanded there, so a plan shows exactly
 * what will exist; a value Terraform learns only on apply (`after_unknown`) is an unknown
 * marker, never a pass. Addresses are the plan's (`module.db.aws_db_instance.this[0]`); `meta`
 * has the shape `.tf` subjects have, with `module` set to the plan file and `moduleAddress` to
 * the module instance, and `meta.attached` joins split resources through the references the
 * plan's `configuration` records (`aws_s3_bucket.b.id` in a public access block's `bucket`).
 * A plan lists every attribute of the schema, `null` where it is not set; those are left out,
 * so that `has(subject.x)` means "set", as for `.tf` files.
 */
export declare function planResourceSubjects(documents: readonly ParsedDocument[]): Subject[];
