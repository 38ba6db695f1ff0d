import { isRecord } from "../../plain-data.js";
import { parseHclBody, type Expression } from "./syntax.js";
import { setOwn } from "../line-ranges.js";
import { expressionValue, holdsExpression, isExpressionMarker } from "./value.js";

/**
 * A variable's value as Terraform converts it to its type constraint: attributes an object
 * leaves out are filled in with their `optional(type, default)` defaults (in nested objects,
 * list and set elements and map values too). `{}` under
 * `object({ enabled = optional(bool, false) })` is `{ enabled = false }`. Undefined when the
 * type cannot be read or a default is not a literal: the value is then not known.
 */
export function withTypeDefaults(type: string, value: unknown): { value: unknown } | undefined {
  const text = `t = ${type}\n`;
  let items;
  try {
    items = parseHclBody(text);
  } catch {
    return undefined;
  }
  const attribute = items[0];
  if (items.length !== 1 || attribute?.kind !== "attribute") return undefined;
  return fill(attribute.value, value, text, 0);
}

/** Deeper than any real type constraint: past it, the type is not read. */
const MAX_DEPTH = 32;

function fill(type: Expression, value: unknown, text: string, depth: number): { value: unknown } | undefined {
  if (depth > MAX_DEPTH) return undefined;
  // `string`, `number`, `any`: nothing to fill. A null value stays null.
  if (value === null || type.kind !== "expression" || type.call === undefined) return { value };
  const { name, args } = type.call;
  const [inner] = args;
  if (name === "optional") return inner === undefined ? undefined : fill(inner, value, text, depth + 1);
  if ((name === "list" || name === "set") && inner !== undefined && Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const filled = fill(inner, item, text, depth + 1);
      if (filled === undefined) return undefined;
      items.push(filled.value);
    }
    return { value: items };
  }
  if (name === "map" && inner !== undefined && isRecord(value) && !isExpressionMarker(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      const filled = fill(inner, member, text, depth + 1);
      if (filled === undefined) return undefined;
      setOwn(out, key, filled.value);
    }
    return { value: out };
  }
  if (name === "object" && inner?.kind === "object" && isRecord(value) && !isExpressionMarker(value)) {
    const out: Record<string, unknown> = { ...value };
    for (const item of inner.items) {
      const attributeType = item.value;
      const given = Object.hasOwn(value, item.key);
      const fallback = attributeType.kind === "expression" && attributeType.call?.name === "optional" ? attributeType.call.args[1] : undefined;
      if (!given && fallback === undefined) continue; // unset optional attributes are null, which is "not set"
      const start = given ? value[item.key] : expressionValue(fallback as Expression, text, false).value;
      // A value given as an expression stays one; a default that is not a literal cannot be filled in.
      if (holdsExpression(start)) {
        if (given) continue;
        return undefined;
      }
      const filled = fill(attributeType, start, text, depth + 1);
      if (filled === undefined) return undefined;
      setOwn(out, item.key, filled.value);
    }
    return { value: out };
  }
  return { value };
}
