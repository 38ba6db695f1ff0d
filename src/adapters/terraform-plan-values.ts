import { setOwn } from "../formats/line-ranges.js";
import { ownValue } from "../plain-data.js";
import type { DocPath } from "../types.js";
import { asList, isRecord } from "./egress-policy/model.js";
import { unknownValue } from "./normalized/unknown.js";

/** What Terraform plans (`terraform show -json`) say about values, shared by the adapters that read plans. */

const AFTER_APPLY = "the value is known only after apply";

/** `module.a["x"].aws_sg.b[0]` → `module.a.aws_sg.b`. */
export function withoutKeys(address: string): string {
  return address.replace(/\[[^\]]*\]/g, "");
}

/** `change.after_unknown` of the resource whose `after` sits at `afterPath`. */
export function afterUnknown(plan: unknown, afterPath: DocPath): unknown {
  let node: unknown = plan;
  for (const segment of [...afterPath.slice(0, -1), "after_unknown"]) {
    if (Array.isArray(node) && typeof segment === "number") node = node[segment];
    else if (isRecord(node) && typeof segment === "string") node = node[segment];
    else return undefined;
  }
  return node;
}

/** `after` with unknown markers where `after_unknown` is `true` (Terraform leaves those values out of `after`). */
export function overlay(after: unknown, unknown: unknown): unknown {
  if (unknown === true) return unknownValue(AFTER_APPLY);
  if (Array.isArray(after) && Array.isArray(unknown)) return after.map((v, i) => overlay(v, unknown[i]));
  if (isRecord(after) && isRecord(unknown)) {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(after), ...Object.keys(unknown)])) {
      const value = overlay(ownValue(after, key), ownValue(unknown, key));
      if (value !== undefined) setOwn(out, key, value);
    }
    return out;
  }
  return after;
}

/**
 * Per configuration address (`module.db.aws_security_group_rule.out`), the references of each
 * attribute's expression, as written in that module (`aws_security_group.this.id`).
 */
export function configurationReferences(plan: unknown): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  const visit = (module: unknown, prefix: string, depth: number): void => {
    if (!isRecord(module) || depth > 32) return;
    for (const resource of asList(module["resources"])) {
      if (!isRecord(resource) || typeof resource["address"] !== "string" || !isRecord(resource["expressions"])) continue;
      const attributes = new Map<string, string[]>();
      for (const [name, expression] of Object.entries(resource["expressions"])) {
        const refs = isRecord(expression) ? asList(expression["references"]).filter((r): r is string => typeof r === "string") : [];
        attributes.set(name, refs);
      }
      out.set(`${prefix}${resource["address"]}`, attributes);
    }
    const calls = module["module_calls"];
    if (isRecord(calls)) for (const [name, call] of Object.entries(calls)) visit(isRecord(call) ? call["module"] : undefined, `${prefix}module.${name}.`, depth + 1);
  };
  const configuration = isRecord(plan) ? plan["configuration"] : undefined;
  visit(isRecord(configuration) ? configuration["root_module"] : undefined, "", 0);
  return out;
}

