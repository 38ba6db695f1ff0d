import type { RuleChange } from "../../diff/types.js";
import type { ListBlock } from "./budget.js";
/**
 * Changes a pull request makes to what judges it. They are listed for a reviewer because a
 * pull request that edits a policy, the config or the waivers can weaken its own checks.
 */
export declare function ruleChangesBlock(changes: readonly RuleChange[]): ListBlock;
