import type { FormatOverride } from "../discover/detect-format.js";
import type { Document, Severity } from "../types.js";
/** `.norecur.yml`, validated. */
export interface Config {
    /** Extra policy directories, absolute. */
    policies: string[];
    /** Whether to load the built-in pack. */
    builtin: boolean;
    /** Policies switched off, with reasons. */
    disable: Array<{
        id: string;
        reason: string;
    }>;
    /** Param overrides by policy id. */
    params: Record<string, Record<string, unknown>>;
    /** Globs never scanned. */
    ignore: string[];
    /** Lowest failing severity, when set. */
    failOn?: Severity;
    /** Format overrides. */
    formats: FormatOverride[];
    /** Where it came from, for positioned errors; absent when no config file was read. */
    source?: {
        display: string;
        document: Document;
    };
}
/** The configuration used when there is no config file. */
export declare const defaultConfig: Config;
