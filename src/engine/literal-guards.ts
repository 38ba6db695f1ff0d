import type { Subject } from "../types.js";
import type { CelProgram } from "./cel-env.js";

type Syntax = NonNullable<CelProgram["syntax"]>;
type Expr = NonNullable<Syntax["expr"]>;

/** A field of `subject` or `meta` compared with string literals: `subject.kind == 'StatefulSet'`, `meta.type in ['a', 'b']`. */
interface Guard {
  variable: "subject" | "meta";
  path: string[];
  values: ReadonlySet<string>;
}

/** Decides, without CEL, that a subject fails a filter; `undefined` when it may pass. */
export type GuardCheck = (values: { subject: unknown; meta: unknown }) => false | undefined;

const cache = new WeakMap<CelProgram, GuardCheck | null>();

/**
 * A plain-JavaScript pre-check for a `where` filter whose top-level conjunction compares a field
 * with string literals, directly or in each operand of a disjunction ({@link guardsOfExpr}). When
 * such a field holds a string outside the literals, the conjunction is false whatever its other
 * operands hold (CEL's `&&` is false with any false operand, errors and unknown values included),
 * so the subject is skipped before bindings are built and CEL runs. A field that is absent, not a
 * string or an unknown marker leaves the decision to CEL.
 */
export function literalGuard(program: CelProgram): GuardCheck | undefined {
  let check = cache.get(program);
  if (check === undefined) {
    const guards = guardsOf(program);
    check = guards.length === 0 ? null : (values) => (guards.some((g) => refutes(g, values[g.variable])) ? false : undefined);
    cache.set(program, check);
  }
  return check ?? undefined;
}

const parsedGuards = new WeakMap<CelProgram, Guard[]>();

function guardsOf(program: CelProgram): Guard[] {
  let guards = parsedGuards.get(program);
  if (guards === undefined) {
    guards = program.syntax?.expr ? guardsOfExpr(program.syntax.expr) : [];
    parsedGuards.set(program, guards);
  }
  return guards;
}

/**
 * The subjects `program`'s literal guards do not refute, in their order: those {@link literalGuard}
 * leaves to CEL. Twenty-five Terraform policies each walking every resource to compare its
 * `meta.type` cost more than their `where` filters; the resources are grouped once by the value
 * of the first guard's field instead, and a policy takes the groups it names.
 */
export function unrefuted(program: CelProgram, subjects: readonly Subject[]): readonly Subject[] {
  const guards = guardsOf(program);
  const [first] = guards;
  if (first === undefined) return subjects;
  const groups = groupsOf(subjects, first);
  const picked = [...groups.other];
  for (const value of first.values) picked.push(...(groups.byValue.get(value) ?? []));
  // With no other guard, the first's groups are the answer: every subject (most batches of a
  // kind one policy reads, such as a batch's container images), or those picked, in order.
  if (guards.length === 1 && picked.length === subjects.length) return subjects;
  picked.sort((a, b) => a - b);
  if (guards.length === 1) return picked.map((i) => subjects[i] as Subject);
  // The other guards, subject by subject (the first one passes these by construction).
  const check = literalGuard(program);
  const out: Subject[] = [];
  for (const i of picked) {
    const subject = subjects[i] as Subject;
    if (check?.({ subject: subject.value, meta: subject.meta ?? {} }) !== false) out.push(subject);
  }
  return out;
}

/**
 * The strings a parsed filter's top-level conjunction lets `variable.path` hold (`subject.kind`):
 * where the field holds any other string, the filter is false. `undefined` when no conjunct
 * compares the field with literals. Several such conjuncts admit what they all admit.
 */
export function admittedStrings(expr: Expr | undefined, variable: Guard["variable"], path: readonly string[]): ReadonlySet<string> | undefined {
  if (expr === undefined) return undefined;
  let admitted: Set<string> | undefined;
  for (const guard of guardsOfExpr(expr)) {
    if (!sameField(guard, { variable, path })) continue;
    admitted = admitted === undefined ? new Set(guard.values) : new Set([...admitted].filter((value) => guard.values.has(value)));
  }
  return admitted;
}

/** Subjects by the string a field holds (their indexes), and the indexes of those where it holds none. */
interface Groups {
  byValue: Map<string, number[]>;
  other: number[];
}

const grouped = new WeakMap<readonly Subject[], Map<string, Groups>>();

function groupsOf(subjects: readonly Subject[], guard: Guard): Groups {
  let byField = grouped.get(subjects);
  if (byField === undefined) {
    byField = new Map();
    grouped.set(subjects, byField);
  }
  const field = fieldKey(guard);
  let groups = byField.get(field);
  if (groups === undefined) {
    groups = { byValue: new Map(), other: [] };
    for (let i = 0; i < subjects.length; i++) {
      const subject = subjects[i] as Subject;
      const held = fieldString(guard, guard.variable === "subject" ? subject.value : (subject.meta ?? {}));
      if (held === undefined) groups.other.push(i);
      else {
        const group = groups.byValue.get(held);
        if (group === undefined) groups.byValue.set(held, [i]);
        else group.push(i);
      }
    }
    byField.set(field, groups);
  }
  return groups;
}

/** The field a guard reads, as a key of the groups (made once per guard). */
function fieldKey(guard: Guard): string {
  let key = fieldKeys.get(guard);
  if (key === undefined) {
    key = JSON.stringify([guard.variable, ...guard.path]);
    fieldKeys.set(guard, key);
  }
  return key;
}

const fieldKeys = new WeakMap<Guard, string>();

function refutes(guard: Guard, root: unknown): boolean {
  const held = fieldString(guard, root);
  return held !== undefined && !guard.values.has(held);
}

/** The string at the guard's field, read as CEL's field selection would reach it; undefined for anything else. */
function fieldString(guard: Guard, root: unknown): string | undefined {
  let node = root;
  for (const step of guard.path) {
    if (typeof node !== "object" || node === null || Array.isArray(node) || !Object.hasOwn(node, step)) return undefined;
    node = (node as Record<string, unknown>)[step];
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * The guards of a filter: those of its top-level conjuncts, each a comparison with literals or a
 * disjunction whose every operand is guarded on one same field. `(meta.type == 'a' && x) ||
 * meta.type in ['b', 'c']` is false wherever `meta.type` holds a string other than the three:
 * each operand is then false (its guard is a false conjunct), and so is CEL's `||` of operands
 * that are all false.
 */
function guardsOfExpr(expr: Expr): Guard[] {
  return operandsOf(expr, "_&&_").flatMap((e) => {
    const guard = guardOf(e) ?? disjunctionGuard(e);
    return guard === undefined ? [] : [guard];
  });
}

/** The field every operand of a disjunction guards, admitting what any of them admits. */
function disjunctionGuard(expr: Expr): Guard | undefined {
  const disjuncts = operandsOf(expr, "_||_");
  if (disjuncts.length < 2) return undefined;
  const [first, ...rest] = disjuncts.map(guardsOfExpr);
  for (const candidate of first ?? []) {
    const values = new Set(candidate.values);
    const everywhere = rest.every((guards) => {
      const same = guards.find((g) => sameField(g, candidate));
      for (const value of same?.values ?? []) values.add(value);
      return same !== undefined;
    });
    if (everywhere) return { variable: candidate.variable, path: candidate.path, values };
  }
  return undefined;
}

/** A field named by its variable and path. */
type Field = { variable: Guard["variable"]; path: readonly string[] };

function sameField(a: Field, b: Field): boolean {
  return a.variable === b.variable && a.path.length === b.path.length && a.path.every((step, i) => step === b.path[i]);
}

/** The operands of nested calls of `op` (`_&&_`, `_||_`), or the expression itself. */
function operandsOf(expr: Expr, op: "_&&_" | "_||_"): Expr[] {
  const kind = expr.exprKind;
  if (kind.case === "callExpr" && kind.value.function === op) return kind.value.args.flatMap((arg) => operandsOf(arg, op));
  return [expr];
}

function guardOf(expr: Expr): Guard | undefined {
  const kind = expr.exprKind;
  if (kind.case !== "callExpr" || kind.value.target !== undefined || kind.value.args.length !== 2) return undefined;
  const [left, right] = kind.value.args;
  if (left === undefined || right === undefined) return undefined;
  if (kind.value.function === "_==_") {
    const field = fieldOf(left) ?? fieldOf(right);
    const literal = stringOf(fieldOf(left) ? right : left);
    return field && literal !== undefined ? { ...field, values: new Set([literal]) } : undefined;
  }
  if (kind.value.function === "@in") {
    const field = fieldOf(left);
    const list = right.exprKind.case === "listExpr" ? right.exprKind.value.elements.map(stringOf) : undefined;
    if (!field || !list || list.some((v) => v === undefined)) return undefined;
    return { ...field, values: new Set(list as string[]) };
  }
  return undefined;
}

/** `subject.a.b` or `meta.a`: the variable and the field names. */
function fieldOf(expr: Expr): Pick<Guard, "variable" | "path"> | undefined {
  const path: string[] = [];
  let node: Expr | undefined = expr;
  while (node?.exprKind.case === "selectExpr" && !node.exprKind.value.testOnly) {
    path.unshift(node.exprKind.value.field);
    node = node.exprKind.value.operand;
  }
  if (node?.exprKind.case !== "identExpr" || path.length === 0) return undefined;
  const name = node.exprKind.value.name;
  return name === "subject" || name === "meta" ? { variable: name, path } : undefined;
}

function stringOf(expr: Expr | undefined): string | undefined {
  const kind = expr?.exprKind;
  return kind?.case === "constExpr" && kind.value.constantKind.case === "stringValue" ? kind.value.constantKind.value : undefined;
}
