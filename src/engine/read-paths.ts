import { parseCel, type ParsedCel } from "./cel-preparsed.js";

/**
 * One step of a read: a field, an index, every element of a list (`*`), one of several fields
 * (named in the expression, or by a param's list of strings, known when the check runs), or
 * `blocks(x)`: a list as it is, or one object as a list of itself.
 */
export type ReadStep = string | number | "*" | { oneOf: string[] } | { oneOfParam: string } | { blocks: true };

/**
 * A value an expression reads: from which variable, along which path, and how much of the value
 * at the end the result depends on — all of it (`deep`: compared, passed to a function, printed),
 * its elements (`elements`: iterated by a macro whose variable is read separately), or only
 * whether it is there (`shallow`: `has()`).
 */
export interface ReadPath {
  variable: string;
  steps: ReadStep[];
  depth: "deep" | "elements" | "shallow" | "membership";
}

/** The data variables whose values may hold unknown markers. */
const DATA_VARIABLES = new Set(["subject", "item", "meta", "related", "document"]);

type Expr = ParsedCel["expr"];
type Chain = { variable: string; steps: ReadStep[] };

/**
 * Every data path an expression reads, found on its syntax tree: through field selections,
 * constant indexes, comprehension variables (`meta.attached.exists(a, a.value.x)` reads
 * `meta.attached[*].value.x`) and function arguments. `guards` are the values passed to
 * `isUnknown(...)`: the policy handles those itself. A loop over a literal list of names
 * (`['a', 'b'].all(k, x[k] == true)`) reads just those keys, and `'a' in x` only asks whether
 * a map has a key (`membership`: for a list, its elements).
 */
export function readPaths(source: string | ParsedCel): { reads: ReadPath[]; guards: ReadPath[] } {
  const reads: ReadPath[] = [];
  const guards: ReadPath[] = [];
  let parsed: ParsedCel;
  try {
    parsed = typeof source === "string" ? parseCel(source) : source;
  } catch {
    return { reads, guards };
  }
  const passthrough = new Set<string>();
  // Comprehension variables that range over a literal list of strings, with those strings.
  const constants = new Map<string, string[]>();
  // Comprehension variables that range over a param (`params.labels.exists(l, x[l])`), with its name.
  const paramKeys = new Map<string, string>();
  const keysOf = (expr: Expr | undefined): string[] | undefined => {
    const kind = expr?.exprKind;
    if (kind?.case === "constExpr" && kind.value.constantKind.case === "stringValue") return [kind.value.constantKind.value];
    if (kind?.case === "identExpr") return constants.get(kind.value.name) ?? (paramKeys.has(kind.value.name) ? [] : undefined);
    return undefined;
  };
  const read = (chain: Chain | undefined, depth: ReadPath["depth"]): void => {
    if (chain) reads.push({ ...chain, depth });
  };
  // Evaluates `expr` as a chain when it is one; the caller decides whether that chain is read.
  const chainOf = (expr: Expr | undefined, locals: ReadonlyMap<string, Chain | undefined>): Chain | undefined => {
    if (expr === undefined) return undefined;
    const kind = expr.exprKind;
    switch (kind.case) {
      case "identExpr": {
        const { name } = kind.value;
        if (locals.has(name)) return locals.get(name);
        return DATA_VARIABLES.has(name) ? { variable: name, steps: [] } : undefined;
      }
      case "selectExpr": {
        const base = chainOf(kind.value.operand, locals);
        if (kind.value.testOnly) {
          read(base, "shallow");
          return undefined;
        }
        return base ? { variable: base.variable, steps: [...base.steps, kind.value.field] } : undefined;
      }
      case "callExpr": {
        const call = kind.value;
        if ((call.function === "_[_]" || call.function === "_[?_]") && call.args.length === 2 && call.target === undefined) {
          const base = chainOf(call.args[0], locals);
          const index = call.args[1]?.exprKind;
          const names = index?.case === "identExpr" ? constants.get(index.value.name) : undefined;
          if (names) return base ? { variable: base.variable, steps: [...base.steps, { oneOf: names }] } : undefined;
          // `x[v]` with `v` ranging over a param's names, or `x[params.key]`: the keys the param names.
          const paramIndex =
            index?.case === "selectExpr" && !index.value.testOnly && index.value.operand?.exprKind.case === "identExpr" && index.value.operand.exprKind.value.name === "params"
              ? index.value.field
              : undefined;
          const param = index?.case === "identExpr" ? paramKeys.get(index.value.name) : paramIndex;
          if (param !== undefined) return base ? { variable: base.variable, steps: [...base.steps, { oneOfParam: param }] } : undefined;
          if (index?.case === "constExpr") {
            const constant = index.value.constantKind;
            const step = constant.case === "stringValue" ? constant.value : constant.case === "int64Value" ? Number(constant.value) : "*";
            return base ? { variable: base.variable, steps: [...base.steps, step] } : undefined;
          }
          visit(call.args[1], locals);
          return base ? { variable: base.variable, steps: [...base.steps, "*"] } : undefined;
        }
        // `blocks(x)` reads x as its list of blocks: the elements of a list, or one object.
        if (call.function === "blocks" && call.target === undefined && call.args.length === 1) {
          const base = chainOf(call.args[0], locals);
          if (base) return { variable: base.variable, steps: [...base.steps, { blocks: true }] };
          visit(call.args[0], locals);
          return undefined;
        }
        // `known(x, fallback)`: the policy has said what an unknown `x` means, so `x` is not a read.
        if (call.function === "known" && call.target === undefined && call.args.length === 2) {
          visit(call.args[1], locals);
          return undefined;
        }
        if (call.function === "isUnknown" && call.target === undefined && call.args.length === 1) {
          const guarded = chainOf(call.args[0], locals);
          if (guarded) guards.push({ ...guarded, depth: "deep" });
          return undefined;
        }
        // `k in x`: a map answers from its keys, whatever its values hold; `k` is read as usual.
        if (call.function === "@in" && call.args.length === 2) {
          const container = chainOf(call.args[1], locals);
          if (container !== undefined) {
            if (keysOf(call.args[0]) === undefined) visit(call.args[0], locals);
            read(container, "membership");
            return undefined;
          }
        }
        visit(call.target, locals);
        for (const arg of call.args) visit(arg, locals);
        return undefined;
      }
      case "comprehensionExpr": {
        const c = kind.value;
        const range = chainOf(c.iterRange, locals);
        read(range, "elements");
        if (!range) visit(c.iterRange, locals);
        visit(c.accuInit, locals);
        const inner = new Map(locals);
        inner.set(c.iterVar, range ? { variable: range.variable, steps: [...range.steps, "*"] } : undefined);
        const literal = c.iterRange?.exprKind.case === "listExpr" ? c.iterRange.exprKind.value.elements.map((e) => keysOf(e)?.[0]) : undefined;
        if (literal && literal.every((k): k is string => k !== undefined) && c.iterVar2 === "") constants.set(c.iterVar, literal);
        const range0 = c.iterRange?.exprKind;
        if (range0?.case === "selectExpr" && !range0.value.testOnly && range0.value.operand?.exprKind.case === "identExpr" && range0.value.operand.exprKind.value.name === "params" && c.iterVar2 === "") {
          paramKeys.set(c.iterVar, range0.value.field);
        }
        if (c.iterVar2 !== "") inner.set(c.iterVar2, undefined);
        inner.set(c.accuVar, undefined);
        visit(c.loopCondition, inner);
        passthrough.add(c.iterVar);
        visit(c.loopStep, inner);
        passthrough.delete(c.iterVar);
        constants.delete(c.iterVar);
        paramKeys.delete(c.iterVar);
        const after = new Map(locals);
        after.set(c.accuVar, undefined);
        visit(c.result, after);
        // `filter` (and `map`) build a list from the range's elements: a later macro over the
        // result reads those elements, so the result stands for the range. `all`/`exists`
        // start from a boolean and stand for nothing.
        return range && c.accuInit?.exprKind.case === "listExpr" ? range : undefined;
      }
      case "listExpr":
        for (const element of kind.value.elements) {
          // `filter` appends the loop variable itself to its result: that copies the element,
          // it does not read it (whoever uses the result reads what it needs).
          if (element.exprKind.case === "identExpr" && passthrough.has(element.exprKind.value.name)) continue;
          visit(element, locals);
        }
        return undefined;
      case "structExpr":
        for (const entry of kind.value.entries) {
          if (entry.keyKind.case === "mapKey") visit(entry.keyKind.value, locals);
          visit(entry.value, locals);
        }
        return undefined;
      default:
        return undefined;
    }
  };
  // An expression whose whole value is used: a chain here is read deep.
  const visit = (expr: Expr | undefined, locals: ReadonlyMap<string, Chain | undefined>): void => {
    read(chainOf(expr, locals), "deep");
  };
  visit(parsed.expr, new Map());
  return { reads, guards };
}
