import type { DocPath, PathSegment } from "../types.js";

/**
 * A segment of a path pattern: a concrete key or index, or a wildcard. `a.*` is every value of a
 * map or element of a list; `a[*]` is every element of a list, and a single object counts as a
 * list of one (`blocks`): Terraform JSON writes one nested block as an object, HCL as a list.
 */
export type PatternSegment = PathSegment | { wildcard: true; blocks?: true };

/** Thrown only at policy load time, where the loader turns it into a positioned policy error. */
export class PathSyntaxError extends Error {}

const IDENT = /[A-Za-z_$][\w$-]*/y;

/**
 * Parses `a.b[0]`, `a[*]`, `a.*`, `a["x.y"]` into segments. Paths come from policy files,
 * so errors name the column to fix.
 */
export function parsePath(source: string): PatternSegment[] {
  const segments: PatternSegment[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new PathSyntaxError(`${what} at column ${i + 1} of path "${source}"`);
  };
  if (source.trim() === "") return segments;
  while (i < source.length) {
    const ch = source[i];
    if (ch === "[") {
      const close = readBracket(source, i + 1, fail);
      segments.push(close.segment);
      i = close.end;
    } else {
      if (segments.length > 0) {
        if (ch !== ".") fail("expected '.' or '['");
        i += 1;
      }
      if (source[i] === "*") {
        segments.push({ wildcard: true });
        i += 1;
        continue;
      }
      IDENT.lastIndex = i;
      const match = IDENT.exec(source);
      if (!match) fail("expected a key");
      const key = (match as RegExpExecArray)[0];
      segments.push(key);
      i += key.length;
    }
  }
  return segments;
}

function readBracket(
  source: string,
  start: number,
  fail: (what: string) => never,
): { segment: PatternSegment; end: number } {
  const rest = source.slice(start);
  if (rest.startsWith("*]")) return { segment: { wildcard: true, blocks: true }, end: start + 2 };
  const index = /^(\d+)\]/.exec(rest);
  if (index) return { segment: Number(index[1]), end: start + index[0].length };
  const quoted = /^(["'])((?:\\.|(?!\1).)*)\1\]/.exec(rest);
  if (quoted) return { segment: (quoted[2] ?? "").replace(/\\(.)/g, "$1"), end: start + quoted[0].length };
  return fail("expected an index, '*' or a quoted key inside '[...]'");
}

/** Every concrete path under `value` that matches `pattern`, in document order. */
export function expandPath(value: unknown, pattern: readonly PatternSegment[]): Array<{ path: DocPath; value: unknown }> {
  // Depth first: every match is at the pattern's depth, so they come in the order a walk level
  // by level gives. No list of children is made per node (an assertion with `each` expands its
  // pattern once per subject, and the lists were a good part of a run's garbage over nginx sites).
  const found: Array<{ path: DocPath; value: unknown }> = [];
  const walk = (node: unknown, path: PathSegment[], at: number): void => {
    if (at === pattern.length) {
      found.push({ path, value: node });
      return;
    }
    const segment = pattern[at] as PatternSegment;
    if (Array.isArray(node)) {
      if (typeof segment === "object") for (let index = 0; index < node.length; index++) walk(node[index], [...path, index], at + 1);
      else if (typeof segment === "number" && segment < node.length) walk(node[segment], [...path, segment], at + 1);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (typeof segment === "object") {
      // One block written as an object is the only element of `[*]`, at the object's own path.
      if (segment.blocks) walk(node, path, at + 1);
      else for (const key of Object.keys(record)) walk(record[key], [...path, key], at + 1);
      return;
    }
    const key = String(segment);
    if (Object.hasOwn(record, key)) walk(record[key], [...path, key], at + 1);
  };
  walk(value, [], 0);
  return found;
}

/** Reads the value at a concrete path, or undefined. */
export function valueAt(value: unknown, path: DocPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[String(segment)];
  }
  return current;
}

/** `spec.containers[0].image`, `metadata.labels["app.kubernetes.io/name"]`. */
export function formatPath(path: DocPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
