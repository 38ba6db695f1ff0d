import type { UnrecognisedText } from "../../discover/discover.js";
import type { Document } from "../../types.js";
import { INCLUDE_PRODUCTS, createLookup, type IncludeProduct } from "./lookup.js";
import { byCodeUnits } from "../../compare.js";

/** A file read because a configuration includes it, with the format of its includer. */
export interface AdoptedFile {
  path: string;
  format: IncludeProduct;
  read: UnrecognisedText;
}

/**
 * The files, among those discovery did not recognise, that some nginx or Squid configuration
 * includes: nginx reads `include global/server/fastcgi-cache.conf` whatever the file is called,
 * so norecur does too, with the includer's format. Files they include in turn are found by the
 * next call, once they are parsed; `parseAdopted` loops until no new file is named.
 */
export function includedUnrecognised(
  parsed: ReadonlyArray<{ document: Document; format: string }>,
  unrecognised: ReadonlyMap<string, () => UnrecognisedText>,
): AdoptedFile[] {
  if (unrecognised.size === 0) return [];
  const adopted = new Map<string, AdoptedFile>();
  const stubs = [...unrecognised.keys()].map((file): Document => ({ file, index: 0, value: undefined, locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) }));
  for (const product of Object.keys(INCLUDE_PRODUCTS) as IncludeProduct[]) {
    const documents = parsed.filter((p) => p.format === product).map((p) => p.document);
    const includers = documents.filter((d) => includePatterns(d.value).length > 0);
    if (includers.length === 0) continue;
    // The main files among the parsed documents say where relative includes are resolved.
    const lookup = createLookup(product, [...documents, ...stubs]);
    for (const includer of includers) {
      for (const pattern of includePatterns(includer.value)) {
        for (const found of lookup(pattern, includer.file)) {
          const read = unrecognised.get(found.file);
          if (read !== undefined && !adopted.has(found.file)) adopted.set(found.file, { path: found.file, format: product, read: read() });
        }
      }
    }
  }
  return [...adopted.values()].sort((a, b) => byCodeUnits(a.path, b.path));
}

/** The patterns of a parsed nginx (`{ pattern }` entries) or Squid (strings) configuration's includes. */
function includePatterns(value: unknown): string[] {
  if (typeof value !== "object" || value === null || !("includes" in value) || !Array.isArray(value.includes)) return [];
  return value.includes.flatMap((include: unknown) => {
    if (typeof include === "string") return [include];
    if (typeof include === "object" && include !== null && "pattern" in include && typeof include.pattern === "string") return [include.pattern];
    return [];
  });
}
