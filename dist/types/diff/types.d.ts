import type { Finding } from "../types.js";
/** Findings of a pull request's head compared with its base revision. */
export interface FindingDiff {
    /** In the head, not in the base: introduced by the change. */
    new: Finding[];
    /** In both. */
    existing: Finding[];
    /** In the base, gone from the head: fixed by the change. */
    fixed: Finding[];
}
/** A change a pull request makes to what judges it: a policy file, the config, or the waivers file. */
export interface RuleChange {
    /** File path, relative to the repository root. */
    file: string;
    /** What kind of file it is. */
    kind: "policy" | "config" | "waivers";
    /** How it changed. */
    change: "added" | "modified" | "deleted";
}
