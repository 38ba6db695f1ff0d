import type { UnknownMarker } from "../adapters/normalized/unknown.js";
import type { GitHubClient } from "./client.js";
import { notPermitted, readOr } from "./read-status.js";
import type { BranchRules } from "./snapshot.js";

/**
 * The ruleset rules in force on a branch, from repository and organization rulesets alike.
 * Rulesets are GitHub's newer branch protection and the classic protection endpoint does not see
 * them: a branch guarded only by a ruleset answers "Branch not protected" there. Rules in
 * "evaluate" or "disabled" rulesets are not returned, so what is listed is enforced. Any token
 * that can read the repository may read these (metadata: read).
 */
export async function readBranchRules(client: GitHubClient, owner: string, repo: string, branch: string, now: () => Date): Promise<BranchRules | UnknownMarker> {
  return readOr<BranchRules | UnknownMarker>(
    `GET /repos/${owner}/${repo}/rules/branches/${branch}`,
    async () => {
      const rules = await client.paginate(client.rest.repos.getBranchRules, { owner, repo, branch, per_page: 100 });
      let approvals = 0;
      for (const rule of rules) {
        if (rule.type !== "pull_request") continue;
        // Several rulesets may each require reviews; the strictest one is what a merge must meet.
        const count = (rule.parameters as { required_approving_review_count?: unknown } | undefined)?.required_approving_review_count;
        if (typeof count === "number") approvals = Math.max(approvals, count);
      }
      return { rule_types: [...new Set(rules.map((rule) => rule.type))].sort(), required_approving_review_count: approvals };
    },
    // Older GitHub Enterprise Server releases have no rulesets and answer 404.
    (failure) => (failure.status === 403 || failure.status === 404 ? notPermitted("needs read access to the repository and a GitHub with rulesets", failure) : undefined),
    now,
  );
}
