import { type RuleOptions } from "./rule-files.js";
import type { RuleChange } from "./types.js";
/**
 * The policy files, config and waivers file that a change adds, modifies or deletes, from the
 * merge base of `base` and HEAD (or `head`) to `head` (default: the working tree, untracked
 * files included). A file counts when it is a rule file on either side, so moving a policy
 * directory in the config, or a policy out of it, is listed too. A rename is the old file
 * deleted and the new one added. Paths are relative to `cwd`.
 */
export declare function ruleChanges(cwd: string, base: string, head?: string, options?: RuleOptions): RuleChange[];
