import type { RuleChange } from "../../diff/types.js";
import type { ListBlock } from "./budget.js";
import { escapeMarkdown } from "./escape.js";

const KIND: Record<RuleChange["kind"], string> = { policy: "policy", config: "norecur config", waivers: "waivers file" };

/**
 * Changes a pull request makes to what judges it. They are listed for a reviewer because a
 * pull request that edits a policy, the config or the waivers can weaken its own checks.
 */
export function ruleChangesBlock(changes: readonly RuleChange[]): ListBlock {
  return {
    head: `\n### Changes to policies, config and waivers (${changes.length})\n\nReview these with the same care as code: they change what this and every later check accepts.\n\n| File | Kind | Change |\n| --- | --- | --- |\n`,
    items: changes.map((c) => `| ${escapeMarkdown(c.file)} | ${KIND[c.kind]} | ${c.change} |\n`),
    more: (n) => `\n… and ${n} more.\n\n`,
  };
}
