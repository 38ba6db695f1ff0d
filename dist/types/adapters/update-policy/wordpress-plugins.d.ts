import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/** One subject per plugin of every WP-CLI plugin export. */
export declare function wordpressPluginSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[];
