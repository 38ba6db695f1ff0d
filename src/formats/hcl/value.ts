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
 * arrays of objects, as in plan JSON. `spans` false builds the value alone (every span is
 * {@link NO_SPAN}): what a parse keeps, the spans being made again only to place a path.
 */
export function fileValue(items: readonly BodyItem[], text: string, spans = true): Located {
  return new ValueBuild(text, spans).file(items);
}

/** Literal values as JSON values; anything else as an `{ "$expr": text }` marker. */
export function expressionValue(expression: Expression, text: string, spans = true): Located {
  return new ValueBuild(text, spans).expression(expression);
}

/** The span of every value of a build without spans. */
const NO_SPAN: Span = Object.freeze({ start: 0, end: 0 });

/**
 * One build of a value. With spans, each object a block, an object literal or a merge makes
 * records its members' spans in a Map, and that Map is what tells such an object from an
 * expression marker and says which members it has. Without, the same is told from the value:
 * an own member of an object that is not one of the markers this build made. Building the
 * spans only to drop them (a Map per object) was a third of reading a Terraform file's value
 * and most of its garbage.
 */
class ValueBuild {
  /** The markers made, when no span tells an object that is a marker from one made as an object. */
  readonly #markers: Set<object> | undefined;

  constructor(
    private readonly text: string,
    private readonly spans: boolean,
  ) {
    this.#markers = spans ? undefined : new Set();
  }

  file(items: readonly BodyItem[]): Located {
    const root = this.emptyObject(0, this.text.length);
    for (const item of items) {
      if (item.kind === "attribute") {
        this.setMember(root, item.name, this.expression(item.value));
      } else if (item.type === "locals" && item.labels.length === 0) {
        const locals = this.objectAt(root, "locals", item);
        for (const member of item.body) {
          if (member.kind === "attribute") this.setMember(locals, member.name, this.expression(member.value));
        }
      } else {
        this.addBlock(root, item, item.type === "provider" || item.labels.length === 0);
      }
    }
    return root;
  }

  expression(expression: Expression): Located {
    switch (expression.kind) {
      case "literal":
        return { value: expression.value, span: this.span(expression.start, expression.end) };
      case "tuple": {
        const items = expression.items.map((item) => this.expression(item));
        const value = items.map((item) => item.value);
        return { value, span: this.spans ? { start: expression.start, end: expression.end, items: items.map((item) => item.span) } : NO_SPAN };
      }
      case "object": {
        const object = this.emptyObject(expression.start, expression.end);
        for (const item of expression.items) this.setMember(object, item.key, this.expression(item.value));
        return object;
      }
      case "expression": {
        const merging = expression.call?.name === "merge" && !expression.call.expanded;
        const merged = merging ? this.mergedObjects(expression.call?.args ?? [], expression) : undefined;
        if (merged !== undefined) return merged;
        const marker: ExpressionMarker = { $expr: this.text.slice(expression.start, expression.end) };
        this.#markers?.add(marker);
        // `merge(var.tags, {...})`: the arguments are kept for resolveLiterals, which knows the variables.
        if (merging) mergeParts.set(marker, (expression.call?.args ?? []).map((arg) => this.expression(arg).value));
        return { value: marker, span: this.span(expression.start, expression.end) };
      }
    }
  }

  private body(block: Block): Located {
    const object = this.emptyObject(block.start, block.end);
    for (const item of block.body) {
      if (item.kind === "attribute") this.setMember(object, item.name, this.expression(item.value));
      else this.addBlock(object, item, true);
    }
    return object;
  }

  private addBlock(parent: Located, block: Block, repeatable: boolean): void {
    const keys = [block.type, ...block.labels];
    const last = keys.pop() ?? block.type;
    let container = parent;
    for (const key of keys) container = this.objectAt(container, key, block);
    const body = this.body(block);
    if (!repeatable) {
      this.setMember(container, last, body);
      return;
    }
    const existing = this.member(container, last);
    // A list of blocks, or a tuple (with spans, both have their items' spans).
    if (existing !== undefined && Array.isArray(existing.value) && (!this.spans || existing.span.items !== undefined)) {
      existing.value.push(body.value);
      existing.span.items?.push(body.span);
    } else {
      this.setMember(container, last, { value: [body.value], span: this.spans ? { start: block.start, end: block.end, items: [body.span] } : NO_SPAN });
    }
  }

  /** The object under `key`, created (spanning `block`) when missing or not an object. */
  private objectAt(parent: Located, key: string, block: Block): Located {
    const existing = this.member(parent, key);
    if (existing !== undefined && this.madeObject(existing)) return existing;
    const created = this.emptyObject(block.start, block.end);
    this.setMember(parent, key, created);
    return created;
  }

  /**
   * `merge({...}, {...})` of object literals, as Terraform computes it: the keys of every argument,
   * later ones winning, each value and its position from the argument that set it (a value that
   * is not a literal stays a marker). Undefined when an argument is not an object literal
   * (`merge(var.tags, {...})`): the call stays an unknown expression.
   */
  private mergedObjects(args: readonly Expression[], call: { start: number; end: number }): Located | undefined {
    const parts = args.map((arg) => this.expression(arg));
    if (!parts.every((part) => isPlainObject(part.value) && !isExpressionMarker(part.value))) return undefined;
    const object = this.emptyObject(call.start, call.end);
    for (const part of parts) {
      for (const key of Object.keys(part.value as PlainObject)) {
        const child = this.member(part, key);
        if (child !== undefined) this.setMember(object, key, child);
      }
    }
    return object;
  }

  /** Whether a value was made as an object here (a block's body, an object literal, a merge of them), not a marker. */
  private madeObject(located: Located): boolean {
    if (this.spans) return isPlainObject(located.value) && located.span.keys !== undefined;
    return isPlainObject(located.value) && !(this.#markers as Set<object>).has(located.value);
  }

  private span(start: number, end: number): Span {
    return this.spans ? { start, end } : NO_SPAN;
  }

  private emptyObject(start: number, end: number): Located {
    return { value: {}, span: this.spans ? { start, end, keys: new Map() } : NO_SPAN };
  }

  /** A member set on an object made here, with its span. */
  private member(parent: Located, key: string): Located | undefined {
    if (!isPlainObject(parent.value)) return undefined;
    if (this.spans) {
      const span = parent.span.keys?.get(key);
      return span === undefined ? undefined : { value: parent.value[key], span };
    }
    return this.madeObject(parent) && Object.hasOwn(parent.value, key) ? { value: parent.value[key], span: NO_SPAN } : undefined;
  }

  /** Sets an own property even for keys such as `__proto__`, as `JSON.parse` does. */
  private setMember(parent: Located, key: string, child: Located): void {
    if (!isPlainObject(parent.value)) return;
    // Plain assignment keeps objects in V8's fast mode; only `__proto__` needs defineProperty.
    if (key === "__proto__") {
      Object.defineProperty(parent.value, key, { value: child.value, writable: true, enumerable: true, configurable: true });
    } else {
      parent.value[key] = child.value;
    }
    parent.span.keys?.set(key, child.span);
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

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
