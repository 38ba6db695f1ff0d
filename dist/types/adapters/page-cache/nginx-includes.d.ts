import type { Document } from "../../types.js";
import type { IncludeLookup } from "../../formats/nginx/index.js";
/**
 * Finds the scanned files an nginx `include` names. A repository rarely mirrors `/etc/nginx`
 * exactly, so the pattern is matched by its tail after the nginx prefix (`snippets/cache.conf`
 * from `/etc/nginx/snippets/cache.conf`), anywhere in the tree, files sorted by name as nginx
 * sorts glob matches. Patterns come from scanned files, so they go through the linear-time
 * glob engine, and a pattern it refuses finds nothing.
 */
export declare function includeLookup(documents: readonly Document[]): IncludeLookup;
/** Files that some other file includes: they are read as part of their includer, not on their own. */
export declare function includedFiles(documents: readonly Document[], lookup: IncludeLookup): Set<string>;
