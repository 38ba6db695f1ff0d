import type { Document } from "../../types.js";
import type { IncludeLookup } from "../../formats/nginx/index.js";
/** Files that some other file includes: they are read as part of their includer, not on their own. */
export declare function includedFiles(documents: readonly Document[], lookup: IncludeLookup): Set<string>;
