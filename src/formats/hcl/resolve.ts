import { withTypeDefaults } from "./type-defaults.js";
import { setOwn } from "../line-ranges.js";
import { isExpressionMarker, mergeArguments, type ExpressionMarker } from "./value.js";
import { mapChildren } from "./map-children.js";

const VARIABLE = /^var\.([\p{ID_Start}_][\p{ID_Continue}\-]*)$/u;
const LOCAL = /^local\.([\p{ID_Start}_][\p{ID_Continue}\-]*)$/u;

/** Bounds chains such as `local.a = local.b`, `local.b = var.c`. */
const MAX_PASSES = 8;

/**
 * Largest value (in nodes, shared parts counted each time they appear) and deepest nesting a
 * local may have and still be substituted. Each local may use the previous one twice
 * (`l1 = [local.l0, local.l0]`), so sixty lines can describe 2^60 nodes; past the bound the
 * reference stays a marker, i.e. unknown.
 */
export const MAX_RESOLVED_NODES = 10_000;
export const MAX_RESOLVED_DEPTH = 64;

/**
 * Replaces `{ "$expr": "var.x" }` by the literal `default` of variable `x`,
 * `{ "$expr": "local.x" }` by the literal value of local `x`, both declared in `module`, and
 * `merge(...)` by the merged object once its arguments are objects after that (`module` is
 * the values of the module's `.tf` files; the file itself when omitted). Anything else,
 * including `var.x.y`, interpolations and variables without a literal default, stays a
 * marker: it is unknown. The result is a copy; paths, and so `locate`, are unchanged.
 *
 * A default is what Terraform uses only when no `.tfvars`, `-var` or module argument sets
 * the variable, so a resolved value is the module's own default, not necessarily the
 * deployed one.
 */
export function resolveLiterals(value: unknown, module: readonly unknown[] = [value]): unknown {
  let scope = scopes.get(module);
  if (scope === undefined) {
    scope = scopeOf(module);
    scopes.set(module, scope);
  }
  return substitute(value, scope.variables, scope.locals);
}

/** The variables and literal locals of a module, once per module array (a module instance's files). */
const scopes = new WeakMap<readonly unknown[], { variables: Map<string, unknown>; locals: Map<string, unknown> }>();

function scopeOf(module: readonly unknown[]): { variables: Map<string, unknown>; locals: Map<string, unknown> } {
  const variables = new Map<string, unknown>();
  const locals = new Map<string, unknown>();
  for (const file of module) {
    for (const [name, declaration] of entries(field(file, "variable"))) {
      const fallback = field(declaration, "default");
      if (fallback === undefined) continue;
      // `type = object({ x = optional(bool, true) })`: Terraform fills in the attributes an
      // object leaves out with those defaults; a type it cannot read leaves the value unknown.
      const type = field(declaration, "type");
      const typed = typeof fallback === "object" && fallback !== null && isExpressionMarker(type) && hasOptionalDefault(type.$expr) ? withTypeDefaults(type.$expr, fallback) : { value: fallback };
      if (typed !== undefined && substitutableDefault(typed.value)) variables.set(name, typed.value);
    }
    for (const [name, local] of entries(field(file, "locals"))) locals.set(name, local);
  }
  // Locals may refer to variables and to each other: resolve them among themselves first. Each
  // local sees the literal locals as they are so far; that set is kept up to date as locals
  // change, not rebuilt for each local (a module of a hundred locals measured ten thousand
  // values a pass, once per module instance). Values are never changed once built, so each is
  // measured once.
  const memo = new WeakMap<object, Shape>();
  const literal = new Map([...locals].filter(([, local]) => substitutable(local, memo)));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const [name, local] of locals) {
      const next = substitute(local, variables, literal);
      if (next === local) continue;
      changed = true;
      locals.set(name, next);
      if (substitutable(next, memo)) literal.set(name, next);
      else literal.delete(name);
    }
    if (!changed) break;
  }
  return { variables, locals: literal };
}

function substitute(value: unknown, variables: ReadonlyMap<string, unknown>, locals: ReadonlyMap<string, unknown>): unknown {
  return replaceExpressions(value, (marker) => {
    const text = marker.$expr.trim();
    const variable = VARIABLE.exec(text)?.[1];
    if (variable !== undefined && variables.has(variable)) return { value: variables.get(variable) };
    const local = LOCAL.exec(text)?.[1];
    if (local !== undefined && locals.has(local)) return { value: locals.get(local) };
    const parts = mergeArguments(marker);
    const object = parts === undefined ? undefined : merged(parts.map((part) => substitute(part, variables, locals)));
    return object === undefined ? undefined : { value: object };
  });
}

/**
 * A copy of `value` with each expression marker replaced by what `lookup` knows of it (left as
 * it is when `lookup` gives undefined). Unchanged parts are shared, not copied, and keys are set
 * as own properties, so `__proto__` stays data.
 */
export function replaceExpressions(value: unknown, lookup: (marker: ExpressionMarker) => { value: unknown } | undefined): unknown {
  if (isExpressionMarker(value)) {
    const found = lookup(value);
    return found === undefined ? value : found.value;
  }
  return typeof value === "object" && value !== null ? mapChildren(value, replaceExpressions, lookup, undefined) : value;
}

/**
 * {@link substitutable} for a variable's default, measured once per value: every instance of a
 * module called from many places has the same defaults (terraform-aws-security-group's 60-odd
 * modules each call the root module, whose `rules` default is a map of a hundred rules).
 */
function substitutableDefault(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return substitutable(value, new WeakMap());
  let known = measuredDefaults.get(value);
  if (known === undefined) measuredDefaults.set(value, (known = substitutable(value, new WeakMap())));
  return known;
}

const measuredDefaults = new WeakMap<object, boolean>();

/** A literal within the size and depth bounds. */
function substitutable(value: unknown, memo: WeakMap<object, Shape>): boolean {
  const shape = shapeOf(value, memo, 0);
  return shape.literal && shape.nodes <= MAX_RESOLVED_NODES && shape.depth <= MAX_RESOLVED_DEPTH;
}

interface Shape {
  /** No expression marker at any depth. */
  literal: boolean;
  /** Nodes of the value as a tree (capped just above the bound). */
  nodes: number;
  depth: number;
}

/** Measures a value once per shared object, so a DAG of 2^60 tree nodes costs what it holds. */
function shapeOf(value: unknown, memo: WeakMap<object, Shape>, level: number): Shape {
  if (isExpressionMarker(value)) return { literal: false, nodes: 1, depth: 0 };
  if (typeof value !== "object" || value === null) return { literal: true, nodes: 1, depth: 0 };
  const known = memo.get(value);
  if (known !== undefined) return known;
  // Deeper than the bound: not substituted, and not walked further (no stack exhaustion).
  if (level > MAX_RESOLVED_DEPTH) return { literal: false, nodes: MAX_RESOLVED_NODES + 1, depth: level };
  const shape: Shape = { literal: true, nodes: 1, depth: 0 };
  for (const member of Array.isArray(value) ? value : Object.values(value)) {
    const inner = shapeOf(member, memo, level + 1);
    shape.literal &&= inner.literal;
    shape.nodes = Math.min(shape.nodes + inner.nodes, MAX_RESOLVED_NODES + 1);
    shape.depth = Math.max(shape.depth, inner.depth + 1);
  }
  memo.set(value, shape);
  return shape;
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function entries(value: unknown): Array<[string, unknown]> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value);
}

/**
 * `merge(a, b, ...)` once every argument is a literal object: the keys of all, later ones
 * winning, as Terraform computes it (values inside may still be expressions); undefined while
 * an argument is not known to be an object.
 */
function merged(parts: readonly unknown[]): Record<string, unknown> | undefined {
  if (!parts.every((part) => typeof part === "object" && part !== null && !Array.isArray(part) && !isExpressionMarker(part))) return undefined;
  const out: Record<string, unknown> = {};
  for (const part of parts as Array<Record<string, unknown>>) {
    for (const [key, member] of Object.entries(part)) setOwn(out, key, member);
  }
  return out;
}

/** Whether a type constraint has an `optional(type, default)`: an attribute Terraform fills in. */
function hasOptionalDefault(type: string): boolean {
  for (const match of type.matchAll(/\boptional\s*\(/g)) {
    let depth = 1;
    for (let i = (match.index ?? 0) + match[0].length; i < type.length && depth > 0; i++) {
      const c = type[i];
      if (c === "(" || c === "{" || c === "[") depth++;
      else if (c === ")" || c === "}" || c === "]") depth--;
      else if (c === "," && depth === 1) return true;
    }
  }
  return false;
}
