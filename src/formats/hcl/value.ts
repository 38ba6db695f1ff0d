import type { DocPath } from "../../types.js";
import type { Block, BodyItem, Expression } from "./syntax.js";

/** The span of one value, with the spans of its members. Offsets index the (BOM-less) text. */
export interface Span {
  start: number;
  end: number;
  /** Members of an object value, by key. */
  keys?: Map<string, Span>;
  /** Elements of an array value. */
  items?: Span[];
}

/** A value and where it was written. */
export interface Located {
  value: unknown;
  span: Span;
}

/** The marker standing for an expression that is not a literal, e.g. `{ "$expr": "var.x" }`. */
export interface ExpressionMarker {
  $expr: string;
}

type PlainObject = Record<string, unknown>;

/**
 * A file body as Terraform's JSON syntax would spell it: labelled blocks nest by label
 * (`resource.aws_db_instance.main`), `locals` blocks merge into one object, and repeatable
 * blocks (nested blocks, `provider`, and unlabelled top-level blocks such as `moved`) become
 * arrays of objects, as in plan JSON.
 */
export function fileValue(items: readonly BodyItem[], text: string): Located {
  const root = emptyObject(0, text.length);
  for (const item of items) {
    if (item.kind === "attribute") {
      setMember(root, item.name, expressionValue(item.value, text));
    } else if (item.type === "locals" && item.labels.length === 0) {
      const locals = objectAt(root, "locals", item);
      for (const member of item.body) {
        if (member.kind === "attribute") setMember(locals, member.name, expressionValue(member.value, text));
      }
    } else {
      addBlock(root, item, text, item.type === "provider" || item.labels.length === 0);
    }
  }
  return root;
}

function bodyValue(block: Block, text: string): Located {
  const object = emptyObject(block.start, block.end);
  for (const item of block.body) {
    if (item.kind === "attribute") setMember(object, item.name, expressionValue(item.value, text));
    else addBlock(object, item, text, true);
  }
  return object;
}

function addBlock(parent: Located, block: Block, text: string, repeatable: boolean): void {
  const keys = [block.type, ...block.labels];
  const last = keys.pop() ?? block.type;
  let container = parent;
  for (const key of keys) container = objectAt(container, key, block);
  const body = bodyValue(block, text);
  if (!repeatable) {
    setMember(container, last, body);
    return;
  }
  const existing = member(container, last);
  if (existing !== undefined && Array.isArray(existing.value) && existing.span.items !== undefined) {
    existing.value.push(body.value);
    existing.span.items.push(body.span);
  } else {
    setMember(container, last, { value: [body.value], span: { start: block.start, end: block.end, items: [body.span] } });
  }
}

/** The object under `key`, created (spanning `block`) when missing or not an object. */
function objectAt(parent: Located, key: string, block: Block): Located {
  const existing = member(parent, key);
  if (existing !== undefined && isPlainObject(existing.value) && existing.span.keys !== undefined) return existing;
  const created = emptyObject(block.start, block.end);
  setMember(parent, key, created);
  return created;
}

/** Literal values as JSON values; anything else as an `{ "$expr": text }` marker. */
export function expressionValue(expression: Expression, text: string): Located {
  switch (expression.kind) {
    case "literal":
      return { value: expression.value, span: { start: expression.start, end: expression.end } };
    case "tuple": {
      const items = expression.items.map((item) => expressionValue(item, text));
      return {
        value: items.map((item) => item.value),
        span: { start: expression.start, end: expression.end, items: items.map((item) => item.span) },
      };
    }
    case "object": {
      const object = emptyObject(expression.start, expression.end);
      for (const item of expression.items) setMember(object, item.key, expressionValue(item.value, text));
      return object;
    }
    case "expression": {
      const merging = expression.call?.name === "merge" && !expression.call.expanded;
      const merged = merging ? mergedObjects(expression.call?.args ?? [], expression, text) : undefined;
      if (merged !== undefined) return merged;
      const marker: ExpressionMarker = { $expr: text.slice(expression.start, expression.end) };
      // `merge(var.tags, {...})`: the arguments are kept for resolveLiterals, which knows the variables.
      if (merging) mergeParts.set(marker, (expression.call?.args ?? []).map((arg) => expressionValue(arg, text).value));
      return { value: marker, span: { start: expression.start, end: expression.end } };
    }
  }
}

/** The argument values of a `merge(...)` call that could not be merged when it was read. */
const mergeParts = new WeakMap<ExpressionMarker, readonly unknown[]>();

/**
 * The arguments of `merge(...)` whose marker this is, when the call could not be merged from
 * literals alone (`merge(var.tags, { Name = "x" })`); undefined for any other expression.
 */
export function mergeArguments(marker: ExpressionMarker): readonly unknown[] | undefined {
  return mergeParts.get(marker);
}

/**
 * `merge({...}, {...})` of object literals, as Terraform computes it: the keys of every argument,
 * later ones winning, each value and its position from the argument that set it (a value that
 * is not a literal stays a marker). Undefined when an argument is not an object literal
 * (`merge(var.tags, {...})`): the call stays an unknown expression.
 */
function mergedObjects(args: readonly Expression[], call: { start: number; end: number }, text: string): Located | undefined {
  const parts = args.map((arg) => expressionValue(arg, text));
  if (!parts.every((part) => isPlainObject(part.value) && !isExpressionMarker(part.value))) return undefined;
  const object = emptyObject(call.start, call.end);
  for (const part of parts) {
    for (const key of Object.keys(part.value as PlainObject)) {
      const child = member(part, key);
      if (child !== undefined) setMember(object, key, child);
    }
  }
  return object;
}

/** The span at `path`, or that of its deepest existing ancestor. */
export function spanAt(root: Span, path: DocPath): Span {
  let current = root;
  for (const segment of path) {
    let next: Span | undefined;
    if (current.items !== undefined) {
      const index = typeof segment === "number" ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
      next = current.items[index];
    } else if (current.keys !== undefined) {
      next = current.keys.get(String(segment));
    }
    if (next === undefined) break;
    current = next;
  }
  return current;
}

/** Whether a value is, or holds at any depth, an expression marker. */
export function holdsExpression(value: unknown): boolean {
  if (isExpressionMarker(value)) return true;
  if (Array.isArray(value)) return value.some(holdsExpression);
  return isPlainObject(value) && Object.values(value).some(holdsExpression);
}

/** Whether a value is an expression marker, i.e. unknown until Terraform evaluates it. */
export function isExpressionMarker(value: unknown): value is ExpressionMarker {
  return isPlainObject(value) && typeof value["$expr"] === "string" && Object.keys(value).length === 1;
}

function emptyObject(start: number, end: number): Located {
  return { value: {}, span: { start, end, keys: new Map() } };
}

function member(parent: Located, key: string): Located | undefined {
  const span = parent.span.keys?.get(key);
  if (span === undefined || !isPlainObject(parent.value)) return undefined;
  return { value: parent.value[key], span };
}

/** Sets an own property even for keys such as `__proto__`, as `JSON.parse` does. */
function setMember(parent: Located, key: string, child: Located): void {
  if (!isPlainObject(parent.value)) return;
  // Plain assignment keeps objects in V8's fast mode; only `__proto__` needs defineProperty.
  if (key === "__proto__") {
    Object.defineProperty(parent.value, key, { value: child.value, writable: true, enumerable: true, configurable: true });
  } else {
    parent.value[key] = child.value;
  }
  parent.span.keys?.set(key, child.span);
}

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
