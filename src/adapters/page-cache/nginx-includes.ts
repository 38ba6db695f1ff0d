import type { Document } from "../../types.js";
import type { IncludeLookup } from "../../formats/nginx/index.js";

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
