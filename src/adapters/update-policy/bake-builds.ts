import { posix } from "node:path";
import type { DocPath, Document } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { isUnknown } from "../normalized/unknown.js";
import { isRecord } from "./shape.js";

/** A setting of a Bake target, with where it is written. */
export interface BakeSetting {
  value: unknown;
  document: Document;
  path: DocPath;
}

/** One Bake target (one combination of its matrix) that builds a Dockerfile: the build args and named contexts it sets. */
export interface BakeBuild {
  /** The target's name, as its block is labelled, with the matrix combination when it has one. */
  target: string;
  /** The Bake file, as the repository names it. */
  file: string;
  args: ReadonlyMap<string, BakeSetting>;
  contexts: ReadonlyMap<string, BakeSetting>;
  /** `args = var.x` or `contexts = var.x`: a map that is not a literal may set anything. */
  unknownMaps: BakeSetting[];
}

/** Longest `inherits` chain followed: Bake rejects cycles, and real files nest a few levels. */
const MAX_INHERITANCE = 16;

/** Most matrix combinations read per target; a larger matrix is read as one build whose matrix values are unknown. */
const MAX_COMBINATIONS = 64;

/**
 * The Dockerfiles the repository's Bake files build (`docker buildx bake`), each with the targets
 * that build it. A target builds `dockerfile` (default `Dockerfile`) in `context` (default `.`),
 * relative to the Bake file; `inherits` copies a parent's attributes, the child's own winning,
 * its `args` and `contexts` merged key by key. A `matrix` of literal lists makes one build per
 * combination. Values written as a `variable` or a matrix value (`ALPINE = alpine_version`,
 * `"node:${NODE_TAG}"`, `"${item.tag}"`) are read with them. A target whose context or
 * Dockerfile is not a literal, or is a URL, builds nothing this reads.
 */
export function bakeBuilds(documents: readonly ParsedDocument[]): Map<string, BakeBuild[]> {
  const builds = new Map<string, BakeBuild[]>();
  for (const { document, format } of documents) {
    if (format !== "docker-bake" || !isRecord(document.value)) continue;
    const targets = document.value["target"];
    if (!isRecord(targets) || isUnknown(targets)) continue;
    const dir = posix.dirname(document.file);
    const variables = variableDefaults(document.value["variable"]);
    for (const name of Object.keys(targets)) {
      const resolved = resolveTarget(targets, name, document);
      if (resolved === undefined) continue;
      for (const combination of combinations(targets[name])) {
        const scope = (key: string): unknown => (Object.hasOwn(combination, key) ? combination[key] : variables.get(key));
        const context = resolveValue(resolved.context === undefined ? "." : resolved.context, scope);
        const dockerfile = resolveValue(resolved.dockerfile === undefined ? "Dockerfile" : resolved.dockerfile, scope);
        if (typeof context !== "string" || typeof dockerfile !== "string" || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith("git@")) continue;
        const path = posix.normalize(posix.join(dir, context, dockerfile));
        const label = Object.keys(combination).length === 0 ? name : `${name} ${Object.entries(combination).map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(" ")}`;
        const withScope = (settings: ReadonlyMap<string, BakeSetting>) => new Map([...settings].map(([key, setting]) => [key, { ...setting, value: resolveValue(setting.value, scope) }]));
        const list = builds.get(path) ?? [];
        list.push({ target: label, file: document.file, args: withScope(resolved.args), contexts: withScope(resolved.contexts), unknownMaps: resolved.unknownMaps });
        builds.set(path, list);
      }
    }
  }
  return builds;
}

interface ResolvedTarget {
  /** Undefined where neither the target nor what it inherits sets it; `dockerfile` null for `dockerfile-inline`. */
  context: unknown;
  dockerfile: unknown;
  args: Map<string, BakeSetting>;
  contexts: Map<string, BakeSetting>;
  unknownMaps: BakeSetting[];
}

/** A target with what it inherits applied; undefined for an inheritance cycle or one too deep. */
function resolveTarget(targets: Record<string, unknown>, name: string, document: Document, depth = 0): ResolvedTarget | undefined {
  const body = Object.hasOwn(targets, name) ? targets[name] : undefined;
  if (!isRecord(body) || isUnknown(body) || depth > MAX_INHERITANCE) return undefined;
  const resolved: ResolvedTarget = { context: undefined, dockerfile: undefined, args: new Map(), contexts: new Map(), unknownMaps: [] };
  const parents = body["inherits"];
  for (const parent of Array.isArray(parents) ? parents : []) {
    if (typeof parent !== "string") continue;
    const inherited = resolveTarget(targets, parent, document, depth + 1);
    if (inherited === undefined) return undefined;
    if (inherited.context !== undefined) resolved.context = inherited.context;
    if (inherited.dockerfile !== undefined) resolved.dockerfile = inherited.dockerfile;
    for (const [key, setting] of inherited.args) resolved.args.set(key, setting);
    for (const [key, setting] of inherited.contexts) resolved.contexts.set(key, setting);
    resolved.unknownMaps.push(...inherited.unknownMaps);
  }
  if (Object.hasOwn(body, "context")) resolved.context = body["context"];
  if (Object.hasOwn(body, "dockerfile")) resolved.dockerfile = body["dockerfile"];
  // `dockerfile-inline`: the Dockerfile is the text in the Bake file, not a file of the repository.
  if (Object.hasOwn(body, "dockerfile-inline")) resolved.dockerfile = null;
  for (const field of ["args", "contexts"] as const) {
    if (!Object.hasOwn(body, field)) continue;
    const map = body[field];
    if (isUnknown(map)) resolved.unknownMaps.push({ value: map, document, path: ["target", name, field] });
    else if (isRecord(map)) for (const key of Object.keys(map)) resolved[field].set(key, { value: map[key], document, path: ["target", name, field, key] });
  }
  return resolved;
}

/**
 * The combinations of a target's `matrix` of literal lists (strings, numbers, or objects of
 * them), in the order Bake writes them; one empty combination without a matrix, or for a matrix
 * that is not literal or too large (its values then stay unknown where they are used).
 */
function combinations(body: unknown): Array<Record<string, unknown>> {
  const matrix = isRecord(body) ? body["matrix"] : undefined;
  if (!isRecord(matrix) || isUnknown(matrix)) return [{}];
  let result: Array<Record<string, unknown>> = [{}];
  for (const key of Object.keys(matrix)) {
    const values = matrix[key];
    if (!Array.isArray(values) || values.some((v) => isUnknown(v) || !(isPlain(v) || (isRecord(v) && Object.values(v).every(isPlain))))) return [{}];
    result = result.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })));
    if (result.length > MAX_COMBINATIONS) return [{}];
  }
  return result;
}

const isPlain = (value: unknown): value is string | number | boolean => typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/** The Bake file's `variable` blocks with a literal default (the value unless the environment sets one). */
function variableDefaults(blocks: unknown): Map<string, string> {
  const defaults = new Map<string, string>();
  if (!isRecord(blocks) || isUnknown(blocks)) return defaults;
  for (const name of Object.keys(blocks)) {
    const body = blocks[name];
    const value = isRecord(body) ? body["default"] : undefined;
    if (isPlain(value)) defaults.set(name, String(value));
  }
  return defaults;
}

const NAME = "[A-Za-z_][A-Za-z0-9_-]*(?:\\.[A-Za-z_][A-Za-z0-9_-]*)?";
const REFERENCE = new RegExp(`^${NAME}$`);
const SIMPLE_TEMPLATE = new RegExp(`^"((?:[^"\\\\$]|\\$\\{${NAME}\\})*)"$`);
const INTERPOLATION = new RegExp(`\\$\\{(${NAME})\\}`, "g");

/**
 * A value written as a variable or matrix value (`NODE_IMAGE`, `item.tag`) or a template of
 * them (`"node:${NODE_TAG}-slim"`), read in `scope`; anything else as it is.
 */
function resolveValue(value: unknown, scope: (name: string) => unknown): unknown {
  if (!isUnknown(value) || !("$expr" in value)) return value;
  const lookUp = (reference: string): string | undefined => {
    const [head = "", field] = reference.split(".");
    const found = scope(head);
    const picked = field === undefined ? found : isRecord(found) && Object.hasOwn(found, field) ? found[field] : undefined;
    return isPlain(picked) ? String(picked) : undefined;
  };
  const text = value.$expr.trim();
  if (REFERENCE.test(text)) return lookUp(text) ?? value;
  const template = SIMPLE_TEMPLATE.exec(text)?.[1];
  if (template === undefined) return value;
  let known = true;
  const expanded = template.replace(INTERPOLATION, (_, reference: string) => {
    const found = lookUp(reference);
    if (found === undefined) known = false;
    return found ?? "";
  });
  return known ? expanded : value;
}
