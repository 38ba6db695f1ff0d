import type { ParsedCel } from "./cel-preparsed.js";

type Expr = NonNullable<ParsedCel["expr"]>;

/**
 * The dotted name an expression spells (`a.b.c`), or undefined: how the interpreter reads a
 * call's target when it looks for a namespaced function (`strings.quote(x)`) before a method.
 */
export function qualifiedName(expr: Expr | undefined): string | undefined {
  if (expr === undefined) return undefined;
  const kind = expr.exprKind;
  if (kind.case === "identExpr") return kind.value.name;
  if (kind.case !== "selectExpr" || kind.value.testOnly) return undefined;
  const parent = qualifiedName(kind.value.operand);
  return parent === undefined ? undefined : `${parent}.${kind.value.field}`;
}
