import type { DocPath, PathSegment } from "../../types.js";
import type { Node } from "./tree.js";
import { isRecord } from "../../plain-data.js";

/** A span of the text, as string offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The span of the value at `path`, or of its deepest existing ancestor. Paths into the
 * convenience views (`servers`, `includes`) are first turned into the path of the directive
 * that supplied the value, so a finding on `servers/0/locations/1/effective/add_header/0`
 * points at the `add_header` line that is in force there.
 */
export function spanOf(nodes: readonly Node[], value: unknown, path: DocPath, whole: Span): Span {
  return walkTree(nodes, toSourcePath(value, path), whole);
}

/** Follows the `directives/<i>/block/<j>/args/<k>` path through the directive tree. */
function walkTree(nodes: readonly Node[], path: DocPath, whole: Span): Span {
  if (path[0] !== "directives") return whole;
  let list: readonly Node[] = nodes;
  let best = whole;
  let node: Node | undefined;
  for (let i = 1; i < path.length; i++) {
    const segment = path[i];
    if (node === undefined) {
      const next = list[toIndex(segment)];
      if (next === undefined) return best;
      node = next;
      best = { start: next.start, end: next.end };
      continue;
    }
    if (segment === "name") return { start: node.name.start, end: node.name.end };
    if (segment === "raw") return node.raw ?? best;
    if (segment === "args") {
      const arg = node.args[toIndex(path[i + 1])];
      if (arg !== undefined) return { start: arg.start, end: arg.end };
      const first = node.args[0];
      const last = node.args[node.args.length - 1];
      return first !== undefined && last !== undefined ? { start: first.start, end: last.end } : best;
    }
    if (segment !== "block" || node.block === undefined) return best;
    best = { start: node.block.start, end: node.block.end };
    list = node.block.children;
    node = undefined;
  }
  return best;
}

/**
 * Where a path into the views lands in `directives`. Each view object carrying a `source` path
 * restarts the walk there; the fields after it that come straight from the directive's
 * arguments (`args`, `name`, `pattern`, `modifier`) are mapped onto them.
 */
function toSourcePath(value: unknown, path: DocPath): DocPath {
  if (path[0] === "directives") return path;
  let current = value;
  let base: DocPath | undefined;
  let rest: PathSegment[] = [];
  for (const segment of path) {
    current = step(current, segment);
    if (current === undefined) break;
    rest.push(segment);
    const source = isRecord(current) ? current["source"] : undefined;
    if (Array.isArray(source)) {
      base = source as DocPath;
      rest = [];
    }
  }
  if (base === undefined) return [];
  const [field, index] = rest;
  if (field === "args" || field === "name") return index === undefined ? [...base, field] : [...base, field, index];
  if (field === "pattern" || field === "modifier") {
    const directive = step(value, base[0] ?? "");
    const written = base.slice(1).reduce<unknown>((at, segment) => step(at, segment), directive);
    const args = isRecord(written) && Array.isArray(written["args"]) ? written["args"].length : 1;
    return [...base, "args", args >= 2 && field === "pattern" ? 1 : 0];
  }
  return base;
}

function step(current: unknown, segment: PathSegment): unknown {
  if (Array.isArray(current)) return current[toIndex(segment)];
  if (isRecord(current) && Object.hasOwn(current, String(segment))) return current[String(segment)];
  return undefined;
}

function toIndex(segment: PathSegment | undefined): number {
  if (typeof segment === "number") return Number.isInteger(segment) ? segment : -1;
  return segment !== undefined && /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
}

