import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * LiteSpeed Cache's own self-update switch, `auto_upgrade` (default off), from its settings
 * export: the plugin updates itself when it is on, whatever WordPress's per-plugin setting says.
 */
export declare function litespeedSelfUpdateSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[];
