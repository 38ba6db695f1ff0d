import { replaceExpressions } from "../formats/hcl/resolve.js";
import { isRecord } from "../plain-data.js";
import { countOf, forEachOf } from "./terraform-count.js";
import { evaluateExpression, type InstanceScope } from "./terraform-expression.js";

/** One instance of a resource block: its key (`[0]`, `["a"]`), if the block is repeated, its values and its scope. */
export interface ResourceInstance {
  key?: number | string;
  body: unknown;
  scope: InstanceScope;
}

/**
 * Most instances a `count` or `for_each` is expanded into. Past it the block stays one subject
 * whose `count.index` / `each.*` references are unknown (SECURITY.md).
 */
export const MAX_RESOURCE_INSTANCES = 100;

/**
 * The instances Terraform creates for a resource block, when the module's literals decide them
 * (see terraform-count.ts): `count` of 3 gives `[0]`, `[1]`, `[2]` with `count.index` known;
 * `for_each` over a map gives one instance per key with `each.key` and `each.value` known,
 * over a set of strings one per string. Every attribute expression the evaluator understands
 * (terraform-expression.ts) is computed in the instance's scope: `count.index`,
 * `var.rules[var.names[count.index]][0]`, `each.value.port`, `var.public ? true : false`.
 * Anything else stays an expression (unknown when a policy reads it). A block whose
 * instances cannot be counted from literals is one subject, evaluated without an instance.
 */
export function resourceInstances(body: unknown, files: readonly unknown[]): ResourceInstance[] {
  if (!isRecord(body)) return [{ body, scope: {} }];
  const evaluated = (scope: InstanceScope): unknown => replaceExpressions(body, (marker) => known(evaluateExpression(marker.$expr.trim(), files, scope)));
  const count = countOf(body, files);
  if (count !== undefined && count >= 1 && count <= MAX_RESOURCE_INSTANCES) {
    return Array.from({ length: count }, (_, index) => ({ key: index, body: evaluated({ countIndex: index }), scope: { countIndex: index } }));
  }
  const forEach = forEachOf(body, files);
  if (forEach !== undefined) {
    const keys = Object.keys(forEach);
    if (keys.length >= 1 && keys.length <= MAX_RESOURCE_INSTANCES) {
      return keys.map((key) => {
        const scope = { each: { key, value: forEach[key] } };
        return { key, body: evaluated(scope), scope };
      });
    }
  }
  return [{ body: evaluated({}), scope: {} }];
}

/** An evaluated expression's value, or undefined when the evaluator could not compute it. */
export function known(value: unknown): { value: unknown } | undefined {
  return value === undefined ? undefined : { value };
}

/** `[0]` or `["key"]`, as Terraform writes an instance's key in its address. */
export function instanceSuffix(key: number | string | undefined): string {
  if (key === undefined) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
