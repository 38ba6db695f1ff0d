import type { DocPath, Document, ParseResult, Parser } from "../types.js";
import { jsonParser } from "./json.js";

/**
 * `terraform show -json` output. It is plain JSON, so values and positions come from the
 * JSON parser; this module adds what a Terraform-aware adapter needs on top.
 */
export const terraformPlanParser: Parser = {
  id: "terraform-plan",
  parse(text: string, file: string): ParseResult {
    return jsonParser.parse(text, file);
  },
};

/** Whether a JSON text looks like a plan: cheap enough to run on every `*plan*.json`. */
export function sniffTerraformPlan(text: string): boolean {
  return text.includes('"resource_changes"');
}

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
export function listResourceChanges(document: Document): PlannedResource[] {
  const changes = field(document.value, "resource_changes");
  if (!Array.isArray(changes)) return [];
  const resources: PlannedResource[] = [];
  changes.forEach((entry: unknown, index) => {
    const address = field(entry, "address");
    const type = field(entry, "type");
    const name = field(entry, "name");
    if (typeof address !== "string" || typeof type !== "string" || typeof name !== "string") return;
    const change = field(entry, "change");
    const actions = field(change, "actions");
    const moduleAddress = field(entry, "module_address");
    const mode = field(entry, "mode");
    resources.push({
      address,
      type,
      name,
      ...(typeof moduleAddress === "string" ? { moduleAddress } : {}),
      mode: typeof mode === "string" ? mode : "managed",
      actions: Array.isArray(actions) ? actions.filter((action): action is string => typeof action === "string") : [],
      after: field(change, "after") ?? null,
      path: ["resource_changes", index, "change", "after"],
    });
  });
  return resources;
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
