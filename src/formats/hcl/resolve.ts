import { isExpressionMarker } from "./value.js";

const VARIABLE = /^var\.([\p{ID_Start}_][\p{ID_Continue}\-]*)$/u;
const LOCAL = /^local\.([\p{ID_Start}_][\p{ID_Continue}\-]*)$/u;

/** Bounds chains such as `local.a = local.b`, `local.b = var.c`. */
const MAX_PASSES = 8;

/**
 * Replaces `{ "$expr": "var.x" }` by the literal `default` of variable `x`, and
 * `{ "$expr": "local.x" }` by the literal value of local `x`, both declared in `module`
 * (the values of the module's `.tf` files; the file itself when omitted). Anything else,
 * including `var.x.y`, interpolations and variables without a literal default, stays a
 * marker: it is unknown. The result is a copy; paths, and so `locate`, are unchanged.
 *
 * A default is what Terraform uses only when no `.tfvars`, `-var` or module argument sets
 * the variable, so a resolved value is the module's own default, not necessarily the
 * deployed one.
 */
export function resolveLiterals(value: unknown, module: readonly unknown[] = [value]): unknown {
  const variables = new Map<string, unknown>();
  const locals = new Map<string, unknown>();
  for (const file of module) {
    for (const [name, declaration] of entries(field(file, "variable"))) {
      const fallback = field(declaration, "default");
      if (fallback !== undefined && isLiteral(fallback)) variables.set(name, fallback);
    }
    for (const [name, local] of entries(field(file, "locals"))) locals.set(name, local);
  }
  // Locals may refer to variables and to each other: resolve them among themselves first.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const [name, local] of locals) {
      const next = substitute(local, variables, literalOnly(locals));
      if (next !== local) changed = true;
      locals.set(name, next);
    }
    if (!changed) break;
  }
  return substitute(value, variables, literalOnly(locals));
}

function substitute(value: unknown, variables: ReadonlyMap<string, unknown>, locals: ReadonlyMap<string, unknown>): unknown {
  if (isExpressionMarker(value)) {
    const text = value.$expr.trim();
    const variable = VARIABLE.exec(text)?.[1];
    if (variable !== undefined && variables.has(variable)) return variables.get(variable);
    const local = LOCAL.exec(text)?.[1];
    if (local !== undefined && locals.has(local)) return locals.get(local);
    return value;
  }
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => substitute(item, variables, locals));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (typeof value === "object" && value !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const [key, member] of Object.entries(value)) {
      const next = substitute(member, variables, locals);
      if (next === member) continue;
      copy ??= { ...value };
      Object.defineProperty(copy, key, { value: next, writable: true, enumerable: true, configurable: true });
    }
    return copy ?? value;
  }
  return value;
}

function literalOnly(locals: ReadonlyMap<string, unknown>): Map<string, unknown> {
  return new Map([...locals].filter(([, local]) => isLiteral(local)));
}

/** Whether a value holds no expression marker at any depth. */
function isLiteral(value: unknown): boolean {
  if (isExpressionMarker(value)) return false;
  if (Array.isArray(value)) return value.every(isLiteral);
  if (typeof value === "object" && value !== null) return Object.values(value).every(isLiteral);
  return true;
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function entries(value: unknown): Array<[string, unknown]> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value);
}
