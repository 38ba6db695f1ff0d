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

const cache = new WeakMap<CelProgram, Array<{ variable: "subject" | "item"; path: string[] }>>();

function readsOf(program: CelProgram): Array<{ variable: "subject" | "item"; path: string[] }> {
  let reads = cache.get(program);
  if (!reads) {
    reads = [];
    for (const match of program.source.matchAll(READ)) {
      const variable = match[1] as "subject" | "item";
      const path = (match[2] ?? "").split(".").map((s) => s.trim()).filter((s) => s.length > 0);
      reads.push({ variable, path });
    }
    cache.set(program, reads);
  }
  return reads;
}

/**
 * The first unknown value an expression reads from `subject` or `item`: a marker on the way
 * to a field it names, or anywhere inside the value it names (a list it iterates, an object it
 * passes to a function). A verdict that depends on such a value is not a verdict: the caller
 * reports `unknown` instead of pass or fail.
 */
export function unknownRead(program: CelProgram, bindings: Readonly<Record<string, unknown>>): UnknownRead | undefined {
  for (const { variable, path } of readsOf(program)) {
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
