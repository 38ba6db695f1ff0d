import { isExpressionMarker } from "../formats/hcl/value.js";
import { isRecord } from "../plain-data.js";

/** `count = var.create_x ? 1 : 0`, also negated (`!var.x`) and with the counts the other way round. */
const CONDITIONAL_COUNT = /^\s*(!?)\s*var\.([A-Za-z_][\w-]*)\s*\?\s*(\d+)\s*:\s*(\d+)\s*$/;

/** The literal boolean default of `var.name` in the module's files (after a caller's arguments), if it has one. */
function booleanDefault(name: string, files: readonly unknown[]): boolean | undefined {
  for (const file of files) {
    const variables = isRecord(file) ? file["variable"] : undefined;
    const declaration = isRecord(variables) ? variables[name] : undefined;
    if (isRecord(declaration) && Object.hasOwn(declaration, "default")) {
      const value = declaration["default"];
      return typeof value === "boolean" ? value : undefined;
    }
  }
  return undefined;
}

/**
 * Whether a resource block creates no instance with the module's defaults (and a caller's
 * literal arguments): `count = 0`, `for_each` over an empty literal, or the feature-flag idiom
 * `count = var.create_x ? 1 : 0` whose variable defaults to false. Anything not decidable from
 * literals counts as created, so a resource is never dropped on a guess.
 */
export function createsNoInstance(body: unknown, files: readonly unknown[]): boolean {
  if (!isRecord(body)) return false;
  const count = body["count"];
  if (count === 0) return true;
  const forEach = body["for_each"];
  if ((Array.isArray(forEach) && forEach.length === 0) || (isRecord(forEach) && !isExpressionMarker(forEach) && Object.keys(forEach).length === 0)) return true;
  if (!isExpressionMarker(count)) return false;
  const match = CONDITIONAL_COUNT.exec(count.$expr);
  if (match === null) return false;
  const [, negated, name, whenTrue, whenFalse] = match;
  const flag = booleanDefault(name ?? "", files);
  if (flag === undefined) return false;
  return Number(flag !== (negated === "!") ? whenTrue : whenFalse) === 0;
}
