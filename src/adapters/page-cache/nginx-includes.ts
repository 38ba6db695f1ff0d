import type { Document } from "../../types.js";
import { compileGlob } from "../../engine/functions/support/glob-matcher.js";
import type { IncludeLookup } from "../../formats/nginx/index.js";

/**
 * Finds the scanned files an nginx `include` names. A repository rarely mirrors `/etc/nginx`
 * exactly, so the pattern is matched by its tail after the nginx prefix (`snippets/cache.conf`
 * from `/etc/nginx/snippets/cache.conf`), anywhere in the tree, files sorted by name as nginx
 * sorts glob matches. Patterns come from scanned files, so they go through the linear-time
 * glob engine, and a pattern it refuses finds nothing.
 */
export function includeLookup(documents: readonly Document[]): IncludeLookup {
  const sorted = [...documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return (pattern) => {
    const tail = pattern.replace(/^.*?\/nginx\//, "").replace(/^\/+/, "");
    if (tail === "") return [];
    let matcher;
    try {
      matcher = compileGlob(`{,**/}${tail}`);
    } catch {
      return [];
    }
    return sorted.filter((document) => matcher.test(document.file));
  };
}

/** Files that some other file includes: they are read as part of their includer, not on their own. */
export function includedFiles(documents: readonly Document[], lookup: IncludeLookup): Set<string> {
  const included = new Set<string>();
  for (const document of documents) {
    const value = document.value;
    const includes = typeof value === "object" && value !== null && "includes" in value && Array.isArray(value.includes) ? value.includes : [];
    for (const include of includes as Array<{ pattern?: unknown }>) {
      if (typeof include.pattern !== "string") continue;
      for (const found of lookup(include.pattern, document.file)) if (found.file !== document.file) included.add(found.file);
    }
  }
  return included;
}
