import type { DocPath, Document, Parser } from "../types.js";
/**
 * `terraform show -json` output. It is plain JSON, so values and positions come from the
 * JSON parser; this module adds what a Terraform-aware adapter needs on top.
 */
export declare const terraformPlanParser: Parser;
/** Whether a JSON text looks like a plan: cheap enough to run on every `*plan*.json`. */
export declare function sniffTerraformPlan(text: string): boolean;
/** One entry of a plan's `resource_changes`. */
export interface PlannedResource {
    /** Full address, e.g. `module.db.aws_db_instance.this[0]`. */
    address: string;
    /** Resource type, e.g. `aws_db_instance`. */
    type: string;
    /** Resource name, e.g. `this`. */
    name: string;
    /** Address of the module holding it, absent for the root module. */
    moduleAddress?: string;
    /** `managed` or `data`. */
    mode: string;
    /** Planned actions, e.g. `["create"]`, `["delete", "create"]`. */
    actions: string[];
    /** Attribute values after the change (nested blocks are arrays of objects); null when deleted. */
    after: unknown;
    /** Path of `after` in the plan document, for `locate`. */
    path: DocPath;
}
/**
 * The resources a plan changes, in plan order. Entries without a string `address`, `type`
 * and `name` are skipped: they cannot be named in a finding. Values Terraform only knows
 * after apply are absent from `after` and listed in `change.after_unknown`.
 */
export declare function listResourceChanges(document: Document): PlannedResource[];
