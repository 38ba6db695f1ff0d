import { BoundedCache } from "../bounded-cache.js";
import { resolveLiterals } from "../formats/hcl/resolve.js";
import { holdsExpression, isExpressionMarker } from "../formats/hcl/value.js";
import { setOwn } from "../formats/line-ranges.js";
import { isRecord } from "../plain-data.js";
import { byCodeUnits } from "../compare.js";
import { collectionFunction } from "./terraform-functions.js";

/**
 * The value of a Terraform expression that decides how many instances a resource has
 * (`count = var.create && var.enabled ? length(var.rules) : 0`,
 * `for_each = var.create ? var.buckets : {}`), computed from the module's literal variable
 * defaults (after a caller's arguments) and locals. Only what such expressions are made of is
 * understood: literals (numbers, strings, booleans, null, tuples, objects), `var.x`, `local.x`,
 * `count.index`, `each.key`, `each.value` (inside an instance), `!`, `-`, `&&`, `||`, `==`,
 * `!=`, `<`, `<=`, `>`, `>=`, `? :`, parentheses, indexes and attributes of known values
 * (`var.rules[var.names[count.index]][0]`, `each.value.port`), `length()`, `toset()`,
 * `lookup()`, `coalesce()`, `merge()` and `try()`, the list, map and string functions of
 * terraform-functions.ts (`concat`, `compact`, `split`, `join`, `keys`, …), and `for` expressions
 * (`{ for k, v in var.rules : k => v if var.create }`, `[for r in var.rules : r.port]`).
 * Quoted templates (`"${var.prefix}-logs"`) are rendered when every interpolation gives a
 * string, number or boolean. Anything else (another function, an attribute of a resource,
 * template directives) makes the result undefined: the caller keeps the expression, unknown
 * where it matters.
 */
export function evaluateExpression(text: string, files: readonly unknown[], instance: InstanceScope = {}): unknown {
  if (!sameInEveryInstance(text, instance)) return new Evaluator(files, 0, instance, newReading()).run(text);
  const general = generalValues.getOrCreate(text, () => {
    const reading = newReading();
    const value = new Evaluator(files, 0, {}, reading).run(text);
    if (!reading.readsModule) return { value };
    valuesIn(files).set(text, value);
    return READS_MODULE;
  });
  if ("value" in general) return general.value;
  const values = valuesIn(files);
  if (values.has(text)) return values.get(text);
  const value = new Evaluator(files, 0, {}, newReading()).run(text);
  values.set(text, value);
  return value;
}

/**
 * Values of expressions that no instance scope changes. Each resource of a module, and each
 * instance of it, tends to repeat the same ones, and a module called from many places repeats
 * them all (terraform-aws-eks: 12,000 readings of 800 texts). A text that reads no variable or
 * local has one value wherever it is (`aws_iam_role.this[0].arn`, unknown; `["ec2.amazonaws.com"]`):
 * it is kept by its text, bounded as texts come from scanned files. Others are kept per module
 * instance (its files). Values are never changed once computed, so one may sit in several
 * resources.
 */
const generalValues = new BoundedCache<string, { value: unknown } | { readsModule: true }>(1024);
const READS_MODULE = { readsModule: true } as const;
const moduleValues = new WeakMap<readonly unknown[], Map<string, unknown>>();

function valuesIn(files: readonly unknown[]): Map<string, unknown> {
  let values = moduleValues.get(files);
  if (values === undefined) moduleValues.set(files, (values = new Map()));
  return values;
}

/** What one reading of an expression shares with the templates read inside it. */
interface Reading {
  /** `for` body readings left. */
  left: number;
  /** Whether a variable or local of the module was read. */
  readsModule: boolean;
}

function newReading(): Reading {
  return { left: MAX_FOR_READINGS, readsModule: false };
}

/**
 * Whether an expression has the same value in every instance: it is read outside `dynamic`
 * blocks and does not name `count` or `each` (templates inside it included; a name merely
 * containing those words is taken for one, which only computes it again).
 */
function sameInEveryInstance(text: string, instance: InstanceScope): boolean {
  if (instance.iterators !== undefined) {
    for (const _ in instance.iterators) return false;
  }
  return (instance.countIndex === undefined && instance.each === undefined) || !(text.includes("count") || text.includes("each"));
}

/** `count.index`, or `each.key` and `each.value`, inside one instance of a resource. */
export interface InstanceScope {
  countIndex?: number;
  each?: { key: string; value: unknown };
  /** The iterators of the `dynamic` blocks being generated around the expression (`ingress.value`). */
  iterators?: Readonly<Record<string, { key: unknown; value: unknown }>>;
}

/** `var.x` and `local.x` per module instance (its files), computed once each. */
const references = new WeakMap<readonly unknown[], Map<string, unknown>>();

/**
 * Tokens of the expressions read lately: a module called from several places, or a resource
 * with many instances, has the same expressions read once per instance (terraform-aws-eks:
 * a quarter of the evaluator's time was tokenizing). Bounded, as expressions come from
 * scanned files; the evaluator never changes a token list.
 */
const tokenized = new BoundedCache<string, { tokens: readonly Token[] | undefined }>(1024);

/** What the evaluator could not compute. */
const UNKNOWN = Symbol("unknown");

/**
 * Thrown inside `try()` where Terraform would fail: an attribute or index a known value does not
 * have. `try` then moves on to its next argument.
 */
const MISSING = Symbol("missing");

/** How deep locals may refer to locals whose values are expressions. */
const MAX_LOCAL_DEPTH = 8;

/** Deepest nesting of brackets read. */
const MAX_NESTING = 32;

/** Longest expression read: counts are short. */
const MAX_LENGTH = 2_000;

/**
 * Most readings of `for` bodies in one expression (nested ones multiply): past it the expression
 * is unknown, so that a `for` over a large list inside another cannot stall a run.
 */
const MAX_FOR_READINGS = 10_000;

type Token =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "template"; parts: Array<{ text: string } | { expression: string }> }
  | { kind: "name"; value: string }
  | { kind: "op"; value: string };

class Evaluator {
  private tokens: readonly Token[] = [];
  private at = 0;
  private nesting = 0;
  /** How many `try()` arguments are being read around this point. */
  private trying = 0;
  /** Reading a `try` argument again as if the attributes it lacks were typed nulls. */
  private lackingIsNull = false;

  constructor(
    private readonly files: readonly unknown[],
    private readonly depth: number,
    private readonly instance: InstanceScope,
    /** Shared with the templates read inside this expression. */
    private readonly reading: Reading,
    /** The symbols `for` expressions bind around the text being read (`r` in `[for r in var.rules : r.port]`). */
    private readonly bound = new Map<string, unknown>(),
  ) {}

  run(text: string): unknown {
    if (text.length > MAX_LENGTH) return undefined;
    const { tokens } = tokenized.getOrCreate(text, (source) => ({ tokens: tokenize(source) }));
    if (tokens === undefined) return undefined;
    this.tokens = tokens;
    this.at = 0;
    const value = this.ternary();
    return value === UNKNOWN || this.at !== this.tokens.length ? undefined : value;
  }

  private peek(value: string): boolean {
    const token = this.tokens[this.at];
    return token?.kind === "op" && token.value === value;
  }

  private take(value: string): boolean {
    if (!this.peek(value)) return false;
    this.at++;
    return true;
  }

  private ternary(): unknown {
    const condition = this.or();
    if (!this.take("?")) return condition;
    // Terraform reports errors of the branch it takes only: the other is read without failing a `try`.
    const whenTrue = condition === true ? this.ternary() : this.quietly(() => this.ternary());
    if (!this.take(":")) return UNKNOWN;
    const whenFalse = condition === false ? this.ternary() : this.quietly(() => this.ternary());
    if (typeof condition !== "boolean") return UNKNOWN;
    return condition ? whenTrue : whenFalse;
  }

  /**
   * `read()` with a missing attribute unknown rather than an error for an enclosing `try`; with
   * `lackingIsNull`, an absent attribute is null and only what fails either way throws.
   */
  private quietly(read: () => unknown, lackingIsNull = false): unknown {
    const saved = { trying: this.trying, lackingIsNull: this.lackingIsNull };
    this.trying = 0;
    this.lackingIsNull = lackingIsNull;
    try {
      return read();
    } finally {
      this.trying = saved.trying;
      this.lackingIsNull = saved.lackingIsNull;
    }
  }

  /**
   * `try(a, b, ...)`, after its `(`: the first argument that does not fail. An argument that
   * cannot be computed decides nothing, so the result is unknown. One that reads an attribute or
   * index a known value lacks fails in Terraform, unless the value came from a typed variable
   * whose optional attribute was left out, which Terraform makes null. Both readings must then
   * agree: the argument with that attribute null, and the arguments after it
   * (`try(each.value.cidr_blocks, null)` is null either way); else the result is unknown.
   */
  private tryCall(): unknown {
    if (this.take(")")) return UNKNOWN;
    let result: unknown = UNKNOWN;
    let decided = false;
    /** What the failing arguments give if their missing attributes are typed nulls instead. */
    const ifNull: unknown[] = [];
    do {
      if (decided) {
        this.quietly(() => this.ternary());
        continue;
      }
      const start = this.at;
      this.trying++;
      let lacking = false;
      try {
        result = this.ternary();
      } catch (error) {
        if (error !== MISSING) throw error;
        lacking = true;
      } finally {
        this.trying--;
      }
      if (!lacking) decided = true;
      else {
        this.at = start;
        try {
          ifNull.push(this.quietly(() => this.ternary(), true));
        } catch (error) {
          // It fails either way (an index out of range, an attribute of null): it decides nothing.
          if (error !== MISSING) throw error;
          this.at = start;
          this.quietly(() => this.ternary());
        }
      }
    } while (this.take(","));
    if (!this.take(")") || !decided || result === UNKNOWN) return UNKNOWN;
    return ifNull.every((value) => value !== UNKNOWN && JSON.stringify(value) === JSON.stringify(result)) ? result : UNKNOWN;
  }

  /** `value[key]` or `value.key`; inside `try`, a key a known value lacks is Terraform's error. */
  private memberOf(value: unknown, key: unknown): unknown {
    const found = member(value, key);
    if (found !== UNKNOWN) return found;
    const failure = failureOf(value, key);
    if (failure === undefined) return found;
    if (this.lackingIsNull) {
      if (failure === "absent") return null;
      throw MISSING;
    }
    if (this.trying > 0) throw MISSING;
    return found;
  }

  private or(): unknown {
    let left = this.and();
    while (this.take("||")) {
      const right = this.and();
      left = left === true || right === true ? true : left === false && right === false ? false : UNKNOWN;
    }
    return left;
  }

  private and(): unknown {
    let left = this.equality();
    while (this.take("&&")) {
      const right = this.equality();
      left = left === false || right === false ? false : left === true && right === true ? true : UNKNOWN;
    }
    return left;
  }

  private equality(): unknown {
    let left = this.comparison();
    for (;;) {
      const equal = this.take("==");
      if (!equal && !this.take("!=")) return left;
      const right = this.comparison();
      if (left === UNKNOWN || right === UNKNOWN) left = UNKNOWN;
      else left = equal === (JSON.stringify(left) === JSON.stringify(right));
    }
  }

  private comparison(): unknown {
    let left = this.unary();
    for (const op of ["<=", ">=", "<", ">"]) {
      if (!this.take(op)) continue;
      const right = this.unary();
      if (typeof left !== "number" || typeof right !== "number") return UNKNOWN;
      left = op === "<" ? left < right : op === ">" ? left > right : op === "<=" ? left <= right : left >= right;
      break;
    }
    return left;
  }

  private unary(): unknown {
    if (this.take("!")) {
      const value = this.unary();
      return typeof value === "boolean" ? !value : UNKNOWN;
    }
    if (this.take("-")) {
      const value = this.unary();
      return typeof value === "number" ? -value : UNKNOWN;
    }
    return this.postfix(this.primary());
  }

  /** `value[index]` and `value.name`, on values known here. */
  private postfix(start: unknown): unknown {
    let value = start;
    for (;;) {
      if (this.take("[")) {
        const index = this.ternary();
        if (!this.take("]")) return UNKNOWN;
        value = this.memberOf(value, index);
      } else if (this.peek(".") && this.tokens[this.at + 1]?.kind === "name") {
        this.at++;
        value = this.memberOf(value, (this.tokens[this.at++] as { kind: "name"; value: string }).value);
      } else {
        return value;
      }
    }
  }

  private primary(): unknown {
    const token = this.tokens[this.at++];
    if (token === undefined) return UNKNOWN;
    // Brackets nest the grammar's recursion: past a depth no real count or condition reaches, stop.
    if (token.kind === "op" && (token.value === "(" || token.value === "[" || token.value === "{")) {
      if (++this.nesting > MAX_NESTING) return UNKNOWN;
      try {
        return this.bracketed(token.value);
      } finally {
        this.nesting--;
      }
    }
    if (token.kind === "number" || token.kind === "string") return token.value;
    if (token.kind === "template") return this.template(token.parts);
    if (token.kind === "op") return UNKNOWN;
    const name = token.value;
    if (this.bound.has(name)) return this.bound.get(name);
    if (name === "true" || name === "false") return name === "true";
    if (name === "null") return null;
    if (this.take("(")) return name === "try" ? this.tryCall() : this.call(name);
    const iterator = this.instance.iterators !== undefined && Object.hasOwn(this.instance.iterators, name) ? this.instance.iterators[name] : undefined;
    if (iterator !== undefined && this.take(".")) {
      const field = this.tokens[this.at++];
      return field?.kind === "name" && field.value === "key" ? iterator.key : field?.kind === "name" && field.value === "value" ? iterator.value : UNKNOWN;
    }
    if ((name === "var" || name === "local" || name === "count" || name === "each") && this.take(".")) {
      const field = this.tokens[this.at++];
      if (field?.kind !== "name") return UNKNOWN;
      if (name === "count") return field.value === "index" && this.instance.countIndex !== undefined ? this.instance.countIndex : UNKNOWN;
      if (name === "each") {
        const each = this.instance.each;
        if (each === undefined) return UNKNOWN;
        return field.value === "key" ? each.key : field.value === "value" ? each.value : UNKNOWN;
      }
      return this.reference(`${name}.${field.value}`);
    }
    return UNKNOWN;
  }

  private bracketed(open: string): unknown {
    if (open === "[") return this.tuple();
    if (open === "{") return this.object();
    const inner = this.ternary();
    return this.take(")") ? inner : UNKNOWN;
  }

  /** `"${var.prefix}-logs"`: each interpolation must give a string, number or boolean. */
  private template(parts: ReadonlyArray<{ text: string } | { expression: string }>): unknown {
    if (this.depth >= MAX_LOCAL_DEPTH) return UNKNOWN;
    let out = "";
    for (const part of parts) {
      if ("text" in part) {
        out += part.text;
        continue;
      }
      const value = new Evaluator(this.files, this.depth + 1, this.instance, this.reading, this.bound).run(part.expression);
      if (typeof value === "string") out += value;
      else if (typeof value === "number" || typeof value === "boolean") out += String(value);
      else return UNKNOWN;
    }
    return out;
  }

  /** `[a, b]`, after its `[`. */
  private tuple(): unknown {
    if (this.peekName("for")) return this.forExpression("]");
    const items: unknown[] = [];
    if (this.take("]")) return items;
    do {
      if (this.peek("]")) break; // a trailing comma
      const item = this.ternary();
      if (item === UNKNOWN) return UNKNOWN;
      items.push(item);
    } while (this.take(","));
    return this.take("]") ? items : UNKNOWN;
  }

  /** `{ key = value, "other" = value }`, after its `{`. */
  private object(): unknown {
    if (this.peekName("for")) return this.forExpression("}");
    const out: Record<string, unknown> = {};
    while (!this.take("}")) {
      const key = this.tokens[this.at++];
      if (key === undefined || (key.kind !== "name" && key.kind !== "string")) return UNKNOWN;
      if (!this.take("=") && !this.take(":")) return UNKNOWN;
      const value = this.ternary();
      if (value === UNKNOWN) return UNKNOWN;
      setOwn(out, String(key.value), value);
      this.take(",");
    }
    return out;
  }

  private peekName(value: string): boolean {
    const token = this.tokens[this.at];
    return token?.kind === "name" && token.value === value;
  }

  /** A symbol name, or undefined. */
  private takeName(): string | undefined {
    const token = this.tokens[this.at];
    if (token?.kind !== "name") return undefined;
    this.at++;
    return token.value;
  }

  /**
   * `[for v in C : VALUE if COND]` or `{for k, v in C : KEY => VALUE if COND}`, after its opening
   * bracket. The body is read once per element of C with its symbols bound, as Terraform does:
   * a list gives index and element, a map key and value in key order. Any part that cannot be
   * computed, a key that is not a string, or two elements with one key (Terraform's error),
   * makes the whole expression unknown; `...` grouping is not read.
   */
  private forExpression(close: "]" | "}"): unknown {
    this.at++; // `for`
    const first = this.takeName();
    const comma = this.take(",");
    const second = comma ? this.takeName() : undefined;
    if (first === undefined || (comma && second === undefined) || !this.peekName("in")) return UNKNOWN;
    this.at++; // `in`
    const collection = this.ternary();
    if (!this.take(":")) return UNKNOWN;
    const body = this.at;
    const elements = forElements(collection);
    // Read the body once with nothing known, to find where it ends (and for an empty or unknown collection).
    const shape = this.forBody(close, first, second, { key: UNKNOWN, value: UNKNOWN });
    if (shape === undefined) return UNKNOWN;
    const end = this.at;
    if (elements === undefined) return UNKNOWN;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    for (const element of elements) {
      if (--this.reading.left < 0) return this.endAt(end);
      this.at = body;
      const read = this.forBody(close, first, second, element);
      if (read === undefined || this.at !== end || read.keep === UNKNOWN) return this.endAt(end);
      if (read.keep === false) continue;
      if (read.keep !== true || read.value === UNKNOWN) return this.endAt(end);
      if (close === "]") {
        list.push(read.value);
        continue;
      }
      const key = typeof read.key === "number" || typeof read.key === "boolean" ? String(read.key) : read.key;
      if (typeof key !== "string" || Object.hasOwn(map, key)) return this.endAt(end);
      setOwn(map, key, read.value);
    }
    this.at = end;
    return close === "]" ? list : map;
  }

  /** Unknown, the reading left at `end`. */
  private endAt(end: number): typeof UNKNOWN {
    this.at = end;
    return UNKNOWN;
  }

  /** One reading of a `for` body with its symbols bound; undefined when it is not one this evaluator reads. */
  private forBody(close: "]" | "}", first: string, second: string | undefined, element: { key: unknown; value: unknown }): { key: unknown; value: unknown; keep: unknown } | undefined {
    const saved = new Map(this.bound);
    if (second === undefined) this.bound.set(first, element.value);
    else {
      this.bound.set(first, element.key);
      this.bound.set(second, element.value);
    }
    try {
      const key = close === "}" ? this.ternary() : undefined;
      if (close === "}" && !this.take("=>")) return undefined;
      const value = this.ternary();
      if (this.peek("...")) return undefined;
      const keep = this.peekName("if") ? (this.at++, this.ternary()) : true;
      if (!this.take(close)) return undefined;
      return { key, value, keep };
    } finally {
      this.bound.clear();
      for (const [name, value] of saved) this.bound.set(name, value);
    }
  }

  private call(name: string): unknown {
    const args: unknown[] = [];
    if (!this.take(")")) {
      do args.push(this.ternary());
      while (this.take(","));
      if (!this.take(")")) return UNKNOWN;
    }
    // The first argument that is neither null nor an empty string; an unknown one before it decides nothing.
    if (name === "coalesce" && args.length >= 1) {
      for (const arg of args) {
        if (arg === UNKNOWN) return UNKNOWN;
        if (arg !== null && arg !== "") return arg;
      }
      return UNKNOWN;
    }
    // Later maps win; every argument must be a known map or object.
    if (name === "merge" && args.length >= 1) {
      if (!args.every((arg) => isRecord(arg) && !isExpressionMarker(arg))) return UNKNOWN;
      const merged: Record<string, unknown> = {};
      for (const arg of args as Array<Record<string, unknown>>) for (const key of Object.keys(arg)) setOwn(merged, key, arg[key]);
      return merged;
    }
    if (name === "lookup" && (args.length === 2 || args.length === 3)) {
      const [map, key, fallback] = args;
      if (!isRecord(map) || isExpressionMarker(map) || typeof key !== "string") return UNKNOWN;
      if (Object.hasOwn(map, key)) return holdsExpression(map[key]) ? UNKNOWN : map[key];
      return args.length === 3 ? fallback : UNKNOWN;
    }
    if (!args.includes(UNKNOWN)) {
      const computed = collectionFunction(name, args);
      if (computed !== undefined) return computed;
    }
    const [arg] = args;
    if (args.length !== 1 || arg === UNKNOWN) return UNKNOWN;
    if (name === "length") {
      if (Array.isArray(arg)) return arg.length;
      if (typeof arg === "string") return [...arg].length;
      return isRecord(arg) ? Object.keys(arg).length : UNKNOWN;
    }
    if (name === "toset" && Array.isArray(arg) && arg.every((item) => typeof item === "string")) return [...new Set(arg)];
    return UNKNOWN;
  }

  /** A variable's literal default or a local's value; a local that is itself an expression is evaluated in turn. */
  private reference(text: string): unknown {
    this.reading.readsModule = true;
    let known = references.get(this.files);
    if (known === undefined) references.set(this.files, (known = new Map()));
    if (known.has(text)) return known.get(text);
    const value = this.lookUp(text);
    known.set(text, value);
    return value;
  }

  private lookUp(text: string): unknown {
    // A local as written (resolveLiterals substitutes only locals that are literals).
    const name = text.slice("local.".length);
    const written = text.startsWith("local.") ? localAsWritten(name, this.files) : { $expr: text };
    if (written === undefined) return UNKNOWN;
    const value = resolveLiterals(written, this.files);
    if (!isExpressionMarker(value)) return holdsExpression(value) ? UNKNOWN : value;
    if (value.$expr.trim() === text || this.depth >= MAX_LOCAL_DEPTH) return UNKNOWN;
    // A local has one value wherever it is read: it is computed with a reading of its own.
    const inner = new Evaluator(this.files, this.depth + 1, {}, newReading()).run(value.$expr);
    return inner === undefined ? UNKNOWN : inner;
  }
}

/**
 * What a `for` expression iterates: a list's indexes and elements, a map's keys (in Terraform's
 * lexical order) and values; undefined for anything else.
 */
function forElements(collection: unknown): Array<{ key: unknown; value: unknown }> | undefined {
  if (Array.isArray(collection)) return collection.map((value, index) => ({ key: index, value }));
  if (!isRecord(collection) || isExpressionMarker(collection)) return undefined;
  return Object.keys(collection)
    .sort(byCodeUnits)
    .map((key) => ({ key, value: collection[key] }));
}

/**
 * Why reading `key` of a known value fails in Terraform: `absent`, an attribute an object does not
 * have (or, from a typed variable, an optional attribute left out, which is null); `error`, an
 * index past a list's end or anything read of null. Undefined when it does not fail or the value
 * is not known.
 */
function failureOf(value: unknown, key: unknown): "absent" | "error" | undefined {
  if (value === null && (typeof key === "string" || typeof key === "number")) return "error";
  if (Array.isArray(value)) return typeof key === "number" && Number.isInteger(key) && (key < 0 || key >= value.length) ? "error" : undefined;
  return isRecord(value) && !isExpressionMarker(value) && typeof key === "string" && !Object.hasOwn(value, key) ? "absent" : undefined;
}

/** An element of a known list or the value of a key of a known map; unknown otherwise. */
function member(value: unknown, key: unknown): unknown {
  if (value === UNKNOWN || key === UNKNOWN) return UNKNOWN;
  if (Array.isArray(value) && typeof key === "number" && Number.isInteger(key) && key >= 0 && key < value.length) return value[key];
  if (isRecord(value) && !isExpressionMarker(value) && typeof key === "string" && Object.hasOwn(value, key)) {
    const found = value[key];
    return holdsExpression(found) ? UNKNOWN : found;
  }
  return UNKNOWN;
}

/** The value of `locals { NAME = ... }` in the module's files, as written. */
function localAsWritten(name: string, files: readonly unknown[]): unknown {
  for (const file of files) {
    const locals = isRecord(file) ? file["locals"] : undefined;
    if (isRecord(locals) && Object.hasOwn(locals, name)) return locals[name];
  }
  return undefined;
}

/** Tokens of an expression, or undefined for text the evaluator does not read (interpolation, heredocs, `[`...). */
function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  const at = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (match !== null) i += match[0].length;
    return match;
  };
  while (i < text.length) {
    if (at(SPACE)) continue;
    const number = at(NUMBER);
    if (number) {
      tokens.push({ kind: "number", value: Number(number[0]) });
      continue;
    }
    const name = at(NAME);
    if (name) {
      tokens.push({ kind: "name", value: name[0] });
      continue;
    }
    const string = at(STRING);
    if (string) {
      let value: string;
      try {
        value = JSON.parse(`"${string[1] ?? ""}"`) as string;
      } catch {
        return undefined;
      }
      tokens.push({ kind: "string", value });
      continue;
    }
    if (text[i] === '"') {
      const template = readTemplate(text, i);
      if (template === undefined) return undefined;
      tokens.push({ kind: "template", parts: template.parts });
      i = template.end;
      continue;
    }
    const op = at(OPERATOR);
    if (op === null) return undefined;
    tokens.push({ kind: "op", value: op[0] });
  }
  return tokens;
}

const SPACE = /\s+|#[^\n]*|\/\/[^\n]*/y;
const NUMBER = /\d+(?:\.\d+)?/y;
const NAME = /[A-Za-z_][\w-]*/y;
/** A string without interpolation (`${`, `%{`): the evaluator does not render templates. */
const STRING = /"((?:[^"\\$%]|\\.)*)"/y;
const OPERATOR = /&&|\|\||==|!=|<=|>=|=>|\.\.\.|[!?:()<>,.\-[\]{}=]/y;

/**
 * A quoted template starting at `start` (its `"`): literal text with `\` escapes, `$${` and
 * `%%{` for literal `${` and `%{`, and `${ expression }` interpolations. Directives (`%{ if }`)
 * and heredocs are not read: undefined.
 */
function readTemplate(text: string, start: number): { parts: Array<{ text: string } | { expression: string }>; end: number } | undefined {
  const parts: Array<{ text: string } | { expression: string }> = [];
  let literal = "";
  let i = start + 1;
  const flush = (): boolean => {
    if (literal === "") return true;
    try {
      parts.push({ text: JSON.parse(`"${literal}"`) as string });
    } catch {
      return false;
    }
    literal = "";
    return true;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") {
      literal += text.slice(i, i + 2);
      i += 2;
    } else if (c === '"') {
      return flush() ? { parts, end: i + 1 } : undefined;
    } else if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") {
      literal += `${c}{`;
      i += 3;
    } else if (c === "%" && text[i + 1] === "{") {
      return undefined;
    } else if (c === "$" && text[i + 1] === "{") {
      if (!flush()) return undefined;
      const close = interpolationEnd(text, i + 2);
      if (close < 0) return undefined;
      parts.push({ expression: text.slice(i + 2, close) });
      i = close + 1;
    } else if (c === "\n") {
      return undefined;
    } else {
      literal += c;
      i++;
    }
  }
  return undefined;
}

/** The `}` closing an interpolation whose body starts at `from`, skipping nested braces and quoted strings. */
function interpolationEnd(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const inner = readTemplate(text, i);
      if (inner === undefined) return -1;
      i = inner.end - 1;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}
