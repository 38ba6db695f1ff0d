import type { UnknownMarker } from "../adapters/normalized/unknown.js";
import type { GitHubClient } from "./client.js";
import type { BranchRules } from "./snapshot.js";
/**
 * The ruleset rules in force on a branch, from repository and organization rulesets alike.
 * Rulesets are GitHub's newer branch protection and the classic protection endpoint does not see
 * them: a branch guarded only by a ruleset answers "Branch not protected" there. Rules in
 * "evaluate" or "disabled" rulesets are not returned, so what is listed is enforced. Any token
 * that can read the repository may read these (metadata: read).
 */
export declare function readBranchRules(client: GitHubClient, owner: string, repo: string, branch: string, now: () => Date): Promise<BranchRules | UnknownMarker>;
