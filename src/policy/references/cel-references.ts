import type { parse } from "@bufbuild/cel";
import { celInterpreter } from "../../engine/cel-interpreter.js";
import type { FieldSchema } from "../../adapters/normalized/schemas/field-schema.js";
import { resolveStep, type Step } from "./resolve-field.js";

/** What each variable of an expression holds; a variable mapped to `undefined` holds data nothing is known of. */
export type VariableSchemas = Readonly<Record<string, FieldSchema | undefined>>;

/** A field an expression reads that cannot exist, with its offset in the expression (0-based). */
export interface BadReference {
  /** `subject.gaps[*].kindd: there is no field ...`. */
  message: string;
  /** Offset of the reference in the expression, when known. */
  offset?: number;
}

type Expr = ReturnType<typeof parse>["expr"];
type Tracked = { schema: FieldSchema | undefined; text: string } | undefined;

/**
 * The first field reference of a CEL expression that the schemas say cannot exist:
 * `subject.secondFactr`, `item.kindd` under an `each`, `params.formPath`, or a field of a
 * comprehension variable (`subject.gaps.exists(g, g.kindd == 'x')`). Expressions that do not parse
 * are left to the compiler, which reports them with their own message.
 */
export function findBadReference(source: string | ReturnType<typeof parse>, variables: VariableSchemas): BadReference | undefined {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = typeof source === "string" ? celInterpreter().parse(source) : source;
  } catch {
    return undefined;
  }
  const positions = parsed.sourceInfo?.positions ?? {};
  let found: BadReference | undefined;
  const report = (expr: Expr, text: string, reason: string): void => {
    if (found) return;
    const offset = positions[String(expr.id)];
    found = { message: `\`${text}\`: ${reason}`, ...(offset !== undefined ? { offset } : {}) };
  };

  const step = (expr: Expr, base: Tracked, key: Step, label: string): Tracked => {
    if (!base) return undefined;
    const text = `${base.text}${label}`;
    const next = resolveStep(base.schema, key);
    if (!next.ok) {
      report(expr, text, next.reason);
      return undefined;
    }
    return { schema: next.schema, text };
  };

  const visit = (expr: Expr | undefined, locals: ReadonlyMap<string, Tracked>): Tracked => {
    if (expr === undefined || found) return undefined;
    const kind = expr.exprKind;
    switch (kind.case) {
      case "identExpr": {
        const { name } = kind.value;
        if (locals.has(name)) return locals.get(name);
        return Object.hasOwn(variables, name) ? { schema: variables[name], text: name } : undefined;
      }
      case "selectExpr":
        return step(expr, visit(kind.value.operand, locals), kind.value.field, `.${kind.value.field}`);
      case "callExpr": {
        const call = kind.value;
        const target = visit(call.target, locals);
        const args = call.args.map((arg) => visit(arg, locals));
        if ((call.function === "_[_]" || call.function === "_[?_]") && call.args.length === 2) {
          const index = call.args[1]?.exprKind;
          if (index?.case === "constExpr") {
            const constant = index.value.constantKind;
            if (constant.case === "stringValue") return step(expr, args[0], constant.value, `[${JSON.stringify(constant.value)}]`);
            if (constant.case === "int64Value") return step(expr, args[0], Number(constant.value), `[${constant.value}]`);
          }
          return step(expr, args[0], { wildcard: true }, "[*]");
        }
        void target;
        return undefined;
      }
      case "listExpr":
        for (const element of kind.value.elements) visit(element, locals);
        return undefined;
      case "structExpr":
        for (const entry of kind.value.entries) {
          if (entry.keyKind.case === "mapKey") visit(entry.keyKind.value, locals);
          visit(entry.value, locals);
        }
        return undefined;
      case "comprehensionExpr": {
        const c = kind.value;
        const range = visit(c.iterRange, locals);
        visit(c.accuInit, locals);
        const inner = new Map(locals);
        // Over a list, the (single) loop variable is an element; over a map it is a key, a plain string.
        const element = range && isList(range.schema) && c.iterVar2 === "" ? step(expr, range, { wildcard: true }, "[*]") : undefined;
        inner.set(c.iterVar, element ? { schema: element.schema, text: c.iterVar } : undefined);
        if (c.iterVar2 !== "") inner.set(c.iterVar2, undefined);
        inner.set(c.accuVar, undefined);
        visit(c.loopCondition, inner);
        visit(c.loopStep, inner);
        const after = new Map(locals);
        after.set(c.accuVar, undefined);
        visit(c.result, after);
        return undefined;
      }
      default:
        return undefined;
    }
  };
  visit(parsed.expr, new Map());
  return found;
}

function isList(schema: FieldSchema | undefined): boolean {
  if (schema === undefined) return false;
  if (schema["type"] === "array") return true;
  const branches = schema["anyOf"] ?? schema["oneOf"];
  return Array.isArray(branches) && (branches as FieldSchema[]).some(isList);
}
