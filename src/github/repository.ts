import { unknownValue, type UnknownMarker } from "../adapters/normalized/unknown.js";
import { readDeployKeys, readOutsideCollaborators } from "./access.js";
import { readBranchRules } from "./branch-rules.js";
import type { GitHubClient } from "./client.js";
import { apiMessage } from "./errors.js";
import { notPermitted, readOr } from "./read-status.js";
import type { BranchProtection, RepositorySettings } from "./snapshot.js";

const ADMIN = "needs admin permission on the repository";

/** One repository's settings. The repository itself must be readable: a typo in --repo stops the read. */
export async function readRepository(client: GitHubClient, fullName: string, now: () => Date): Promise<RepositorySettings> {
  const [owner = "", repo = ""] = fullName.split("/");
  const data = await readOr(`GET /repos/${fullName}`, async () => (await client.rest.repos.get({ owner, repo })).data, () => undefined, now);
  const branch = data.default_branch;
  return {
    full_name: data.full_name,
    default_branch: branch,
    branch_protection: await readProtection(client, owner, repo, branch, now),
    branch_rules: await readBranchRules(client, owner, repo, branch, now),
    dependabot_security_updates: await readSecurityUpdates(client, owner, repo, now),
    secret_scanning: secretScanning(data.security_and_analysis),
    outside_collaborators: await readOutsideCollaborators(client, owner, repo, now),
    deploy_keys: await readDeployKeys(client, owner, repo, now),
  };
}

/**
 * `security_and_analysis` is in the repository only for admins (and organization owners and
 * security managers); its absence says nothing about whether scanning is on.
 */
function secretScanning(analysis: { secret_scanning?: { status?: string } } | null | undefined): boolean | UnknownMarker {
  const status = analysis?.secret_scanning?.status;
  if (status === "enabled") return true;
  if (status === "disabled") return false;
  return unknownValue(`${ADMIN} (or the organization owner or security manager role): GitHub returns security_and_analysis only to them`);
}

/**
 * Classic branch protection. 404 "Branch not protected" is the one answer that means "no rule";
 * a bare 404 or a 403 is GitHub hiding the rule from a token without admin rights, and a 403
 * "Upgrade to GitHub Pro..." means the plan offers no protection on this private repository, so
 * the branch is in fact unprotected.
 */
async function readProtection(client: GitHubClient, owner: string, repo: string, branch: string, now: () => Date): Promise<BranchProtection | null | UnknownMarker> {
  return readOr<BranchProtection | null | UnknownMarker>(
    `GET /repos/${owner}/${repo}/branches/${branch}/protection`,
    async () => {
      const { data } = await client.rest.repos.getBranchProtection({ owner, repo, branch });
      return {
        required_approving_review_count: data.required_pull_request_reviews?.required_approving_review_count ?? 0,
        enforce_admins: data.enforce_admins?.enabled ?? false,
      };
    },
    (failure) => {
      const message = apiMessage(failure);
      if (failure.status === 404 && /branch not protected/i.test(message)) return null;
      if (failure.status === 403 && /upgrade to github pro/i.test(message)) return null;
      if (failure.status === 403 || failure.status === 404) return notPermitted(ADMIN, failure);
      return undefined;
    },
    now,
  );
}

/** Dependabot security updates: 404 is GitHub's answer for "disabled"; paused updates do not run, so they count as off. */
async function readSecurityUpdates(client: GitHubClient, owner: string, repo: string, now: () => Date): Promise<boolean | UnknownMarker> {
  return readOr<boolean | UnknownMarker>(
    `GET /repos/${owner}/${repo}/automated-security-fixes`,
    async () => {
      const { data } = await client.rest.repos.checkAutomatedSecurityFixes({ owner, repo });
      return data.enabled && !data.paused;
    },
    (failure) => {
      if (failure.status === 404) return false;
      if (failure.status === 403) return notPermitted(`${ADMIN} (admin read access)`, failure);
      return undefined;
    },
    now,
  );
}
