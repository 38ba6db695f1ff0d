import { isUnknown, unknownReason, type UnknownMarker } from "../adapters/normalized/unknown.js";
import type { DocPath } from "../types.js";
import type { CelProgram } from "./cel-env.js";
import { formatPath } from "./path.js";
import { readPaths, type ReadPath, type ReadStep } from "./read-paths.js";

/** A value a check read that cannot be known statically, and where it is. */
export interface UnknownRead {
  /** Why it is unknown (for values reached through `meta`, `related` or `document`, with the path read). */
  reason: string;
  /** Where the marker sits, relative to the variable it was read through. */
  path: DocPath;
  /** The variable it was read through. */
  variable: string;
}

/** Steps compare by value: `{ blocks: true }` and `{ oneOf }` are built anew at each use. */
function sameStep(a: ReadStep | undefined, b: ReadStep): boolean {
  if (typeof a !== "object" || typeof b !== "object") return a === b;
  if ("blocks" in a || "blocks" in b) return "blocks" in a && "blocks" in b;
  if ("oneOfParam" in a || "oneOfParam" in b) return "oneOfParam" in a && "oneOfParam" in b && a.oneOfParam === b.oneOfParam;
  return a.oneOf.length === b.oneOf.length && a.oneOf.every((key, i) => key === b.oneOf[i]);
}

const cache = new WeakMap<CelProgram, { reads: ReadPath[]; guards: ReadPath[] }>();

function readsOf(program: CelProgram): { reads: ReadPath[]; guards: ReadPath[] } {
  let found = cache.get(program);
  if (!found) {
    const all = readPaths(program.syntax ?? program.source);
    const guarded = (read: ReadPath): boolean =>
      all.guards.some((g) => g.variable === read.variable && g.steps.length <= read.steps.length && g.steps.every((s, i) => sameStep(read.steps[i], s)));
    found = { reads: all.reads.filter((read) => !guarded(read)), guards: all.guards };
    cache.set(program, found);
  }
  return found;
}

/**
 * The first unknown value an expression depends on: a marker on the way to a field it reads, or
 * inside a value it uses whole (compares, passes to a function, prints) — whether reached from
 * `subject` and `item`, or through joins: `meta.attached`, `related`, comprehension variables.
 * A verdict that depends on such a value is not a verdict: the caller reports `unknown`.
 */
export function unknownRead(program: CelProgram, bindings: Readonly<Record<string, unknown>>): UnknownRead | undefined {
  const found = firstUnknown(readsOf(program).reads, bindings);
  return found !== undefined && decidedDespiteUnknowns(program, bindings, 0) !== undefined ? undefined : found;
}

/**
 * The value of an expression that reads unknown values, when its known parts decide it as
 * CEL's commutative `&&`/`||` do: a conjunction with a false operand is false, one whose
 * operands are all true is true; a disjunction with a true operand is true, one whose operands
 * are all false is false. Operands are decided the same way, so `meta.type == 'x' || (meta.type
 * == 'y' && subject.t == 'z')` is false for a resource of a third type whatever `t` holds.
 * `meta.type == 'aws_dynamodb_table' && subject.tags…` is false for a bucket whose tags come
 * from a variable, not unknown.
 */
function decidedDespiteUnknowns(program: CelProgram, bindings: Readonly<Record<string, unknown>>, depth: number): boolean | undefined {
  if (firstUnknown(readsOf(program).reads, bindings) === undefined) {
    const result = program.evaluate(bindings);
    return result.ok && typeof result.value === "boolean" ? result.value : undefined;
  }
  const junction = depth < 16 ? program.junction() : undefined;
  if (junction === undefined) return undefined;
  const decisive = junction.op === "||";
  let undecided = false;
  for (const operand of junction.operands) {
    const value = decidedDespiteUnknowns(operand, bindings, depth + 1);
    if (value === decisive) return decisive;
    if (value === undefined) undecided = true;
  }
  return undecided ? undefined : !decisive;
}

/**
 * The first value a policy guards with `isUnknown(...)` that is unknown. Such a check decides
 * when it can (a pass proven by the known values stands), but a failure while a guarded value
 * is unknown is not a failure: the caller reports it as unknown.
 */
export function guardedUnknown(program: CelProgram, bindings: Readonly<Record<string, unknown>>): UnknownRead | undefined {
  return firstUnknown(readsOf(program).guards, bindings);
}

function firstUnknown(reads: readonly ReadPath[], bindings: Readonly<Record<string, unknown>>): UnknownRead | undefined {
  for (const read of reads) {
    // Most subjects (every YAML or JSON document) hold no marker at all: find that out once per value.
    if (!holdsUnknown(bindings[read.variable])) continue;
    const hit = walk(bindings[read.variable], read, 0, [], bindings["params"]);
    if (hit) {
      const where = read.variable === "subject" || read.variable === "item" ? "" : `${formatPath([read.variable, ...hit.path])}: `;
      return { reason: `${where}${unknownReason(hit.marker)}`, path: hit.path, variable: read.variable };
    }
  }
  return undefined;
}

type Hit = { path: DocPath; marker: UnknownMarker };

function walk(node: unknown, read: ReadPath, index: number, walked: DocPath, params: unknown): Hit | undefined {
  if (!holdsUnknown(node)) return undefined;
  if (isUnknown(node)) return { path: walked, marker: node };
  if (index === read.steps.length) {
    if (read.depth === "shallow") return undefined;
    // `'k' in x`: a map answers from its keys; a list compares its elements.
    if (read.depth === "membership") {
      const hit = Array.isArray(node) ? elementMarker(node) : undefined;
      return hit ? { path: [...walked, ...hit.path], marker: hit.marker } : undefined;
    }
    const hit = read.depth === "deep" ? locateUnknown(node) : elementMarker(node);
    return hit ? { path: [...walked, ...hit.path], marker: hit.marker } : undefined;
  }
  if (node === null || typeof node !== "object") return undefined;
  const step = read.steps[index];
  if (typeof step === "object" && "blocks" in step) {
    if (Array.isArray(node)) return walk(node, read, index + 1, walked, params);
    // One block written as an object is the only element of its list, at the object's own path.
    const next = read.steps[index + 1];
    if (next === "*" || next === 0) return walk(node, read, index + 2, walked, params);
    if (index + 1 < read.steps.length) return undefined;
    if (read.depth !== "deep") return undefined;
    const hit = locateUnknown(node);
    return hit ? { path: [...walked, ...hit.path], marker: hit.marker } : undefined;
  }
  if (typeof step === "object") {
    // A param's name or list of names: those keys; a param that is neither: every key.
    const param = "oneOfParam" in step ? (params as Record<string, unknown> | undefined)?.[step.oneOfParam] : undefined;
    const names = "oneOf" in step ? step.oneOf : typeof param === "string" ? [param] : Array.isArray(param) && param.every((k) => typeof k === "string") ? (param as string[]) : undefined;
    if (names === undefined) return walk(node, { ...read, steps: read.steps.map((s, i) => (i === index ? "*" : s)) }, index, walked, params);
    for (const key of names) {
      if (Array.isArray(node) || !Object.hasOwn(node, key)) continue;
      const hit = walk((node as Record<string, unknown>)[key], read, index + 1, [...walked, key], params);
      if (hit) return hit;
    }
    return undefined;
  }
  if (step === "*") {
    const entries: Array<[string | number, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, child] of entries) {
      const hit = walk(child, read, index + 1, [...walked, key], params);
      if (hit) return hit;
    }
    return undefined;
  }
  const key = String(step);
  if (!Object.hasOwn(node, key)) return undefined;
  return walk((node as Record<string, unknown>)[key], read, index + 1, [...walked, Array.isArray(node) ? Number(key) : key], params);
}

function elementMarker(node: unknown): { path: DocPath; marker: UnknownMarker } | undefined {
  if (node === null || typeof node !== "object") return undefined;
  const entries: Array<[string | number, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
  for (const [key, child] of entries) if (isUnknown(child)) return { path: [key], marker: child };
  return undefined;
}

/** The first marker inside `value`, descending only into parts that hold one. */
function locateUnknown(value: unknown): Hit | undefined {
  const path: Array<string | number> = [];
  let node = value;
  while (holdsUnknown(node)) {
    if (isUnknown(node)) return { path, marker: node };
    const entries: Array<[string | number, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node as object);
    const next = entries.find(([, child]) => holdsUnknown(child));
    if (next === undefined) return undefined;
    path.push(next[0]);
    node = next[1];
  }
  return undefined;
}

const holding = new WeakMap<object, boolean>();

/** Objects {@link holdsWithin} visits, and levels it descends, before it leaves a value to the remembering walk. */
const QUICK_NODES = 10_000;
const QUICK_DEPTH = 300;

/**
 * Whether any marker sits anywhere inside `value`. Most values are small trees: they are walked
 * without remembering their parts (a WeakMap entry per object was most of the time), and only
 * the answer for `value` itself is kept. A value larger than {@link QUICK_NODES} objects, or one
 * that shares its parts (a YAML alias expanded a billion times over ten nodes) or contains
 * itself, is walked remembering every object, so it costs one visit per distinct object.
 */
export function holdsUnknown(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const known = holding.get(value);
  if (known !== undefined) return known;
  // An object of scalars holds no marker; it is not remembered, since looking at it again costs
  // no more than remembering it (most of a subject's objects are such leaves).
  if (!isUnknown(value) && !hasObjectChild(value)) return false;
  const budget = { left: QUICK_NODES };
  const holds = holdsWithin(value, budget, 0) ?? holdsRemembering(value);
  holding.set(value, holds);
  return holds;
}

/**
 * {@link holdsUnknown} by a plain walk, or undefined once it has visited `budget.left` objects
 * or gone deeper than {@link QUICK_DEPTH} (a value that contains itself does both).
 */
function holdsWithin(value: object, budget: { left: number }, depth: number): boolean | undefined {
  if (--budget.left < 0 || depth > QUICK_DEPTH) return undefined;
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (child === null || typeof child !== "object") continue;
      const holds = holdsWithin(child, budget, depth + 1);
      if (holds !== false) return holds;
    }
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (child === null || typeof child !== "object") continue;
    const holds = holdsWithin(child, budget, depth + 1);
    if (holds !== false) return holds;
  }
  return false;
}

/** {@link holdsUnknown}, remembering the answer for every object visited. */
function holdsRemembering(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const known = holding.get(value);
  if (known !== undefined) return known;
  if (isUnknown(value)) {
    holding.set(value, true);
    return true;
  }
  if (!hasObjectChild(value)) return false;
  // Provisionally false: a cycle (none in parsed data, but adapters build objects) ends here.
  holding.set(value, false);
  let holds = false;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (holdsRemembering(child)) {
      holds = true;
      break;
    }
  }
  holding.set(value, holds);
  return holds;
}

/**
 * Whether a list or object has a child that is an object, without listing its values (most
 * objects asked are leaves, asked once per expression of every policy). `for…in` sees inherited
 * enumerable keys too, which plain data and adapters' objects do not have.
 */
function hasObjectChild(value: object): boolean {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (child !== null && typeof child === "object") return true;
    }
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (child !== null && typeof child === "object") return true;
  }
  return false;
}
