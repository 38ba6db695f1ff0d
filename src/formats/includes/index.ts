import type { DocPath, Document, Subject } from "../../types.js";
import { resolveIncludes, type ResolvedDirective } from "../nginx/includes.js";
import { INCLUDE_PRODUCTS, createLookup, type IncludeProduct, type Lookup } from "./lookup.js";
import { resolveSquid } from "./squid.js";
import { sourceOf } from "./trace.js";
import { incompleteMarker } from "./missing.js";

export { createLookup, type Lookup } from "./lookup.js";
export { resolveSquid, type SquidResolved } from "./squid.js";

/** Where a finding at a path of a document lands: possibly in another file, for paths into `resolved`. */
export type Trace = NonNullable<Subject["trace"]>;

/** A document whose value may point into other files (through `resolved`), with the `trace` that follows it there. */
export interface LinkedDocument extends Document {
  trace: Trace;
}

/** Whether a document can place findings in other files. */
export function isLinked(document: Document): document is LinkedDocument {
  return typeof (document as Partial<LinkedDocument>).trace === "function";
}

/**
 * The pipeline step between parsing and adapters: for every nginx and Squid document with
 * `include` lines, the value gains `resolved`, the configuration with its includes expanded as
 * the server reads it (each node tagged with the file and path it was written at), and every
 * document that some other one includes gains `includedBy`, the files that include it. Such
 * documents are replaced by copies with a `trace` that sends a finding on a `resolved/...` path
 * to the file and line the value was written at. Other documents are passed through untouched.
 */
export function linkIncludes<T extends { document: Document; format: string }>(parsed: readonly T[]): T[] {
  const replacements = new Map<Document, Document>();
  for (const product of Object.keys(INCLUDE_PRODUCTS) as IncludeProduct[]) {
    const documents = parsed.filter((p) => p.format === product).map((p) => p.document);
    if (documents.length === 0) continue;
    const lookup = createLookup(product, documents);
    const byFile = new Map(documents.map((d) => [d.file, d]));
    const includedBy = new Map<string, Set<string>>();
    const resolved = new Map<Document, unknown>();
    for (const document of documents) {
      if (!hasIncludes(document.value)) continue;
      const view = resolve(product, document, lookup);
      resolved.set(document, view);
      for (const file of filesIn(view)) {
        if (file !== document.file) includedBy.set(file, (includedBy.get(file) ?? new Set()).add(document.file));
      }
    }
    for (const document of documents) {
      const view = resolved.get(document);
      const includers = [...(includedBy.get(document.file) ?? [])].sort();
      if (view === undefined && includers.length === 0) continue;
      const extra: Record<string, unknown> = {};
      if (view !== undefined) extra["resolved"] = view;
      if (includers.length > 0) extra["includedBy"] = includers;
      replacements.set(document, linked(document, extra, byFile));
    }
  }
  if (replacements.size === 0) return [...parsed];
  return parsed.map((p) => {
    const replacement = replacements.get(p.document);
    return replacement === undefined ? p : { ...p, document: replacement };
  });
}

function resolve(product: IncludeProduct, document: Document, lookup: Lookup): unknown {
  if (product === "squid") {
    const view = resolveSquid(document, lookup);
    return { ...view, incomplete: incompleteMarker(view.unresolved) };
  }
  const { directives, servers, unresolved } = resolveIncludes(document, lookup);
  return { directives, servers, unresolved, incomplete: incompleteMarker(unresolved) };
}

/** A copy of `document` whose value has the extra fields, and whose `trace` follows `resolved` into other files. */
function linked(document: Document, extra: Record<string, unknown>, byFile: ReadonlyMap<string, Document>): LinkedDocument {
  const value: unknown = { ...(document.value as Record<string, unknown>), ...extra };
  const here = (path: DocPath): ReturnType<Trace> => ({ file: document.file, range: document.locate(path), path });
  return {
    file: document.file,
    index: document.index,
    value,
    locate: (path) => document.locate(path),
    trace(path) {
      if (path[0] !== "resolved") return here(path);
      const source = sourceOf(extra["resolved"], path.slice(1));
      const target = source === undefined ? undefined : byFile.get(source.file);
      if (source === undefined || target === undefined) return here([]);
      return { file: target.file, range: target.locate(source.path), path: source.path };
    },
  };
}

function hasIncludes(value: unknown): boolean {
  if (typeof value !== "object" || value === null || !("includes" in value)) return false;
  return Array.isArray(value.includes) && value.includes.length > 0;
}

/** Every file a resolved view drew directives from. */
function filesIn(view: unknown): Set<string> {
  const files = new Set<string>();
  const visit = (directives: unknown): void => {
    if (!Array.isArray(directives)) return;
    for (const directive of directives as ResolvedDirective[]) {
      files.add(directive.file);
      visit(directive.block);
    }
  };
  visit((view as { directives?: unknown }).directives);
  return files;
}
