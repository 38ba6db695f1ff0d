import type { DocPath, PathSegment } from "../../types.js";
import { isRecord } from "../../plain-data.js";
import type { UnresolvedInclude } from "../nginx/includes.js";
import { hidesSettings } from "./missing.js";

/** A file and a path in that file's document: where a value of a resolved view was written. */
export interface SourcePoint {
  file: string;
  path: DocPath;
}

/**
 * Where the value at `path` (relative to a `resolved` view) was written. Nodes of the view carry
 * their own `file` and `path`; the servers, locations and effective entries of an nginx view
 * carry a `source` path into the view's `directives` instead, which is followed to the directive
 * there. Segments below the last such node (`args/0`, `acls/1/name`) have the same shape in the
 * source document and are appended. Undefined when the path reaches no node with an origin.
 */
export function sourceOf(resolved: unknown, path: DocPath): SourcePoint | undefined {
  // `incomplete` is placed at the include it names.
  if (path[0] === "incomplete" && isRecord(resolved) && Array.isArray(resolved["unresolved"])) {
    const include = (resolved["unresolved"] as UnresolvedInclude[]).find(hidesSettings);
    if (include !== undefined) return { file: include.file, path: include.path };
  }
  let current = resolved;
  let found: SourcePoint | undefined;
  let tail: PathSegment[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as PathSegment;
    const next = childOf(current, segment);
    if (next === undefined) {
      tail.push(...path.slice(i));
      break;
    }
    current = next;
    const origin = originOf(current, resolved);
    if (origin === undefined) {
      tail.push(segment);
    } else {
      found = origin;
      tail = [];
    }
  }
  return found && { file: found.file, path: [...found.path, ...tail] };
}

function originOf(node: unknown, resolved: unknown): SourcePoint | undefined {
  if (!isRecord(node)) return undefined;
  const { file, path, source } = node;
  if (typeof file === "string" && Array.isArray(path)) return { file, path: path as DocPath };
  if (!Array.isArray(source)) return undefined;
  let target = resolved;
  for (const segment of source as DocPath) target = childOf(target, segment);
  return target === node ? undefined : originOf(target, resolved);
}

function childOf(value: unknown, segment: PathSegment): unknown {
  if (Array.isArray(value)) return typeof segment === "number" ? value[segment] : undefined;
  if (!isRecord(value)) return undefined;
  const key = String(segment);
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

