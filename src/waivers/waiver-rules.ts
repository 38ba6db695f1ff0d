import type { WaiverRules } from "../config/config.js";
import { globProblem } from "../glob.js";
import { daysLeft } from "./dates.js";

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

// A pattern made only of wildcards and separators matches every file or subject: it is an
// unscoped exception in disguise, so it counts as global.
const MATCHES_EVERYTHING = /^[*/]+$/;

/**
 * The first rule a waiver breaks, shared by the waivers file (where it is a config error) and
 * inline comments (where it is a finding): the same exception must meet the same bar wherever
 * it is written.
 */
export function ruleViolation(fields: WaiverFields, context: RuleContext): RuleViolation | undefined {
  const waivable = context.waivable.get(fields.policy);
  if (waivable === undefined) return { key: "policy", message: `unknown policy "${fields.policy}"` };
  if (!waivable || context.rules.nonWaivable.includes(fields.policy)) {
    return { key: "policy", message: `policy ${fields.policy} is not waivable: fix the finding instead` };
  }
  const left = daysLeft(fields.expires, context.today);
  if (Number.isNaN(left)) return { key: "expires", message: `"${fields.expires}" is not a date (YYYY-MM-DD)` };
  if (left > context.rules.maxHorizonDays) {
    return { key: "expires", message: `${fields.expires} is ${left} days away, beyond the maximum horizon of ${context.rules.maxHorizonDays} days` };
  }
  for (const path of fields.paths ?? []) {
    const problem = globProblem(path);
    if (problem !== undefined) return { key: "paths", message: `"${path}": ${problem}` };
  }
  if (!context.rules.allowGlobal && fields.ownFile === undefined) {
    const paths = fields.paths ?? [];
    const scoped = paths.length > 0 || fields.subject !== undefined;
    if (!scoped) return { key: "policy", message: "a waiver needs a `paths` or `subject` scope (global waivers are off: waivers.allow-global)" };
    const wide = paths.find((p) => MATCHES_EVERYTHING.test(p));
    if (wide !== undefined) return { key: "paths", message: `"${wide}" matches every file (global waivers are off: waivers.allow-global)` };
    if (fields.subject !== undefined && MATCHES_EVERYTHING.test(fields.subject)) {
      return { key: "subject", message: `"${fields.subject}" matches every subject (global waivers are off: waivers.allow-global)` };
    }
  }
  return undefined;
}
