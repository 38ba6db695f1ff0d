import { findUnknown, isUnknown, unknownReason } from "../adapters/normalized/unknown.js";
import type { DocPath } from "../types.js";
import type { CelProgram } from "./cel-env.js";

/** A value a check read that cannot be known statically, and where it is under the subject. */
export interface UnknownRead {
  /** Why it is unknown. */
  reason: string;
  /** Where the marker sits, relative to the variable it was read through. */
  path: DocPath;
  /** The variable it was read through: `subject` or `item`. */
  variable: "subject" | "item";
}

// `subject.a.b` / `item.a` chains; a segment followed by `(` is a method or macro call, not a field.
// The lookahead also refuses a shortened identifier (`exist` of `exists(`), which backtracking would try.
const READ = /\b(subject|item)((?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*(?![A-Za-z0-9_]|\s*\())*)/g;

// `isUnknown(subject.a.b)`: the policy handles that value being unknown itself.
const GUARD = /\bisUnknown\s*\(\s*(subject|item)((?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*)\s*\)/g;

interface Read {
  variable: "subject" | "item";
  path: string[];
}

const cache = new WeakMap<CelProgram, { reads: Read[]; guards: Read[] }>();

function pathOf(text: string | undefined): string[] {
  return (text ?? "").split(".").map((s) => s.trim()).filter((s) => s.length > 0);
}

function readsOf(program: CelProgram): { reads: Read[]; guards: Read[] } {
  let found = cache.get(program);
  if (!found) {
    const guards = [...program.source.matchAll(GUARD)].map((m) => ({ variable: m[1] as Read["variable"], path: pathOf(m[2]) }));
    const guarded = (read: Read): boolean =>
      guards.some((g) => g.variable === read.variable && g.path.length <= read.path.length && g.path.every((s, i) => read.path[i] === s));
    const reads = [...program.source.matchAll(READ)]
      .map((m) => ({ variable: m[1] as Read["variable"], path: pathOf(m[2]) }))
      .filter((read) => !guarded(read));
    found = { reads, guards };
    cache.set(program, found);
  }
  return found;
}

/**
 * The first unknown value an expression reads from `subject` or `item`: a marker on the way
 * to a field it names, or anywhere inside the value it names (a list it iterates, an object it
 * passes to a function). A verdict that depends on such a value is not a verdict: the caller
 * reports `unknown` instead of pass or fail.
 */
export function unknownRead(program: CelProgram, bindings: Readonly<Record<string, unknown>>): UnknownRead | undefined {
  return firstUnknown(readsOf(program).reads, bindings);
}

/**
 * The first value a policy guards with `isUnknown(...)` that is unknown. Such a check decides
 * when it can (a pass proven by the known values stands), but a failure while a guarded value
 * is unknown is not a failure: the caller reports it as unknown.
 */
export function guardedUnknown(program: CelProgram, bindings: Readonly<Record<string, unknown>>): UnknownRead | undefined {
  return firstUnknown(readsOf(program).guards, bindings);
}

function firstUnknown(reads: readonly Read[], bindings: Readonly<Record<string, unknown>>): UnknownRead | undefined {
  // Most subjects (every YAML or JSON document) hold no marker at all: find that out once per
  // subject, not once per check and element.
  if (reads.length === 0 || !holdsUnknown(bindings["subject"]) && !holdsUnknown(bindings["item"])) return undefined;
  for (const { variable, path } of reads) {
    let node = bindings[variable];
    const walked: Array<string | number> = [];
    let stopped = false;
    for (const segment of path) {
      if (isUnknown(node)) break;
      if (node === null || typeof node !== "object" || Array.isArray(node) || !Object.hasOwn(node, segment)) {
        stopped = true;
        break;
      }
      node = (node as Record<string, unknown>)[segment];
      walked.push(segment);
    }
    if (stopped && !isUnknown(node)) continue;
    const hit = findUnknown(node);
    if (hit) return { reason: unknownReason(hit.marker), path: [...walked, ...hit.path], variable };
  }
  return undefined;
}

const holding = new WeakMap<object, boolean>();

/** Whether any marker sits anywhere inside `value`; remembered per object. */
function holdsUnknown(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  let known = holding.get(value);
  if (known === undefined) {
    known = findUnknown(value, Number.POSITIVE_INFINITY) !== undefined;
    holding.set(value, known);
  }
  return known;
}
