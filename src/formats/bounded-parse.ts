import type { DocPath, ParseOptions, ParseResult, Parser } from "../types.js";
import { LineIndex } from "./positions.js";

/**
 * Deepest nesting of a parsed value that the rest of the pipeline accepts. Adapters, the CEL
 * engine and the reporters walk values recursively; configuration files nest a dozen levels,
 * so a value deeper than this is hostile or broken and is reported rather than walked.
 */
export const MAX_NESTING = 256;

/**
 * Runs a parser so that no input can exhaust the stack past it: a parsed document nested
 * deeper than {@link MAX_NESTING} becomes a positioned parse error "nested too deeply", and a
 * parser that exhausts the stack itself gives the same error, placed where the brackets of the
 * text first go deeper than the bound.
 */
export function parseBounded(parser: Parser, text: string, path: string, options?: ParseOptions): ParseResult {
  let result: ParseResult;
  try {
    result = parser.parse(text, path, options);
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    const lines = new LineIndex(text);
    const at = deepBracket(text);
    return { ok: false, errors: [{ message: tooDeep, range: lines.range(at, Math.min(at + 1, text.length)) }] };
  }
  // Values the YAML fast path or the parse worker measured already.
  if (!result.ok || measured.has(result)) return result;
  for (const document of result.documents) {
    if (quicklyWithin(document.value)) continue;
    const deep = deepPath(document.value);
    if (deep !== undefined) return { ok: false, errors: [{ message: tooDeep, range: document.locate(deep) }] };
  }
  return result;
}

const tooDeep = `nested too deeply (more than ${MAX_NESTING} levels)`;

/** Results whose parser measured every value within the bound already. */
const measured = new WeakSet<ParseResult>();

/** Marks a result whose values its parser measured within {@link MAX_NESTING}: {@link parseBounded} does not walk them again. */
export function withinBound(result: ParseResult): ParseResult {
  measured.add(result);
  return result;
}

/** Nodes {@link quicklyWithin} visits before it leaves the value to {@link deepPath}. */
const QUICK_NODES = 100_000;

/**
 * True when a plain walk finds every node within the bound; false when it cannot tell. Most
 * values are plain trees, and this walk is several times faster than {@link deepPath}'s, which
 * remembers a height per object. It remembers nothing, so it gives up past {@link QUICK_NODES}
 * nodes (shared subtrees, as YAML aliases make, are walked each time they occur) and past the
 * bound (a value deeper than it, or one that contains itself); `deepPath` then decides.
 */
function quicklyWithin(value: unknown): boolean {
  let budget = QUICK_NODES;
  const within = (node: unknown, depth: number): boolean => {
    if (typeof node !== "object" || node === null) return true;
    if (depth > MAX_NESTING || --budget < 0) return false;
    if (Array.isArray(node)) {
      for (const child of node) if (!within(child, depth + 1)) return false;
      return true;
    }
    for (const key in node) if (Object.hasOwn(node, key) && !within((node as Record<string, unknown>)[key], depth + 1)) return false;
    return true;
  };
  return within(value, 0);
}

/**
 * The path of a node deeper than the bound, or undefined. Heights are computed bottom-up with an
 * explicit stack and remembered per object, so shared subtrees (YAML aliases) are measured once
 * however often they are reused; a value that contains itself counts as too deep.
 */
export function deepPath(value: unknown): DocPath | undefined {
  const heights = new WeakMap<object, number>();
  const frames: Array<{ node: object; children: unknown[]; next: number; height: number }> = [];
  const open = new Set<object>();
  const enter = (node: unknown): boolean => {
    if (typeof node !== "object" || node === null || heights.has(node)) return true;
    if (open.has(node)) return false;
    open.add(node);
    frames.push({ node, children: Array.isArray(node) ? node : Object.values(node), next: 0, height: 0 });
    return true;
  };
  if (!enter(value)) return [];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame === undefined) break;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      if (!enter(child)) return pathToDeepest(value, heights);
      // Deeper than the bound already on the way down: no need to go further.
      if (frames.length > MAX_NESTING + 1) return pathToDeepest(value, heights, frames.map((f) => f.node));
      continue;
    }
    frames.pop();
    open.delete(frame.node);
    let height = 0;
    for (const child of frame.children) if (typeof child === "object" && child !== null) height = Math.max(height, (heights.get(child) ?? 0) + 1);
    heights.set(frame.node, height);
  }
  if (typeof value !== "object" || value === null) return undefined;
  return (heights.get(value) ?? 0) > MAX_NESTING ? pathToDeepest(value, heights) : undefined;
}

/** The path along the given chain of nodes, or else along the tallest children. */
function pathToDeepest(root: unknown, heights: WeakMap<object, number>, chain?: readonly object[]): DocPath {
  const path: Array<string | number> = [];
  let node = root;
  for (let level = 0; level <= MAX_NESTING && typeof node === "object" && node !== null; level++) {
    const entries: Array<[string | number, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    const wanted = chain?.[level + 1];
    let best: [string | number, unknown] | undefined;
    for (const entry of entries) {
      const [, child] = entry;
      if (wanted !== undefined ? child === wanted : typeof child === "object" && child !== null && (best === undefined || (heights.get(child) ?? Infinity) > (heights.get(best[1] as object) ?? Infinity))) best = entry;
      if (wanted !== undefined && child === wanted) break;
    }
    if (best === undefined) break;
    path.push(best[0]);
    node = best[1];
  }
  return path;
}

/** Offset where `[`, `{` and `(` first nest deeper than the bound (the end of the text if never). */
function deepBracket(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123 || c === 40) depth++;
    else if (c === 93 || c === 125 || c === 41) depth--;
    if (depth > MAX_NESTING) return i;
  }
  return Math.max(0, text.length - 1);
}
