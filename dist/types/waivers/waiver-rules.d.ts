import type { WaiverRules } from "../config/config.js";
/** What the rules need to know about the run. */
export interface RuleContext {
    /** The config's waiver rules. */
    rules: WaiverRules;
    /** Ids of the loaded policies, with whether each may be waived. */
    waivable: ReadonlyMap<string, boolean>;
    /** The run's date, in days since 1970-01-01 (UTC). */
    today: number;
}
/** The fields the rules look at, as written (before they become a `Waiver`). */
export interface WaiverFields {
    /** Id of the waived policy. */
    policy: string;
    /** File globs. */
    paths?: readonly string[];
    /** Subject id or glob. */
    subject?: string;
    /** Expiry as written. */
    expires: string;
    /** For an inline waiver, the file it sits in: scoped to that file by construction. */
    ownFile?: string;
}
/** A broken rule: which field, and why. */
export interface RuleViolation {
    /** The offending field. */
    key: "policy" | "paths" | "subject" | "expires";
    /** What is wrong. */
    message: string;
}
/**
 * The first rule a waiver breaks, shared by the waivers file (where it is a config error) and
 * inline comments (where it is a finding): the same exception must meet the same bar wherever
 * it is written.
 */
export declare function ruleViolation(fields: WaiverFields, context: RuleContext): RuleViolation | undefined;
