import type { WaiverRules } from "../config/config.js";
import type { Waiver } from "../types.js";
import { type RuleContext } from "./waiver-rules.js";
/** One entry of the waivers file as written. */
export interface RawWaiver {
    policy: string;
    paths?: string[];
    subject?: string;
    reason: string;
    owner: string;
    expires: string;
    ticket?: string;
    "approved-by"?: string;
}
/** Validates a waivers file's data against the schema; shared with the base-revision reader. */
export declare const validateWaivers: import("ajv").ValidateFunction<unknown>;
/**
 * Reads the waivers file. A missing default file means no waivers; a file named in the config
 * must exist. Any waiver that breaks a rule stops the run with file, line and key: the waivers
 * file is norecur's own configuration, not a scanned file.
 */
export declare function loadWaivers(rules: WaiverRules, context: RuleContext, cwd: string): Waiver[];
/** A written waiver with where it came from. */
export declare function toWaiver(raw: RawWaiver, where: Pick<Waiver, "origin" | "file" | "range">): Waiver;
