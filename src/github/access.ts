import type { UnknownMarker } from "../adapters/normalized/unknown.js";
import type { GitHubClient } from "./client.js";
import { notPermitted, readOr } from "./read-status.js";
import type { DeployKey, OutsideCollaborator } from "./snapshot.js";

/**
 * Who outside the organization can reach a repository, and with what: its outside collaborators
 * with their role, and its deploy keys with whether they may write. Vendors and contractors reach
 * code and deployments through both (incidents where a contractor's access was the way in).
 */

/**
 * Outside collaborators (`affiliation=outside`) and their role. GitHub lists collaborators only to
 * tokens with push access: a 403 or 404 is the token, not an empty list.
 */
export async function readOutsideCollaborators(client: GitHubClient, owner: string, repo: string, now: () => Date): Promise<OutsideCollaborator[] | UnknownMarker> {
  return readOr<OutsideCollaborator[] | UnknownMarker>(
    `GET /repos/${owner}/${repo}/collaborators?affiliation=outside`,
    async () => {
      const users = await client.paginate(client.rest.repos.listCollaborators, { owner, repo, affiliation: "outside", per_page: 100 });
      return users
        .map((user) => ({ login: user.login, role_name: user.role_name ?? roleOf(user.permissions) }))
        .sort((a, b) => (a.login < b.login ? -1 : a.login > b.login ? 1 : 0));
    },
    (failure) => (failure.status === 403 || failure.status === 404 ? notPermitted("needs push access to the repository to list its collaborators", failure) : undefined),
    now,
  );
}

/** Deploy keys: id, title and whether they are read-only (the key itself is not kept). Admins only. */
export async function readDeployKeys(client: GitHubClient, owner: string, repo: string, now: () => Date): Promise<DeployKey[] | UnknownMarker> {
  return readOr<DeployKey[] | UnknownMarker>(
    `GET /repos/${owner}/${repo}/keys`,
    async () => {
      const keys = await client.paginate(client.rest.repos.listDeployKeys, { owner, repo, per_page: 100 });
      return keys.map((key) => ({ id: key.id, title: key.title, read_only: key.read_only })).sort((a, b) => a.id - b.id);
    },
    (failure) => (failure.status === 403 || failure.status === 404 ? notPermitted("needs admin permission on the repository to list its deploy keys", failure) : undefined),
    now,
  );
}

/** The role an older GitHub (no `role_name`) implies by its permission flags. */
function roleOf(permissions: { admin?: boolean; maintain?: boolean; push?: boolean; triage?: boolean; pull?: boolean } | undefined): string {
  if (permissions?.admin) return "admin";
  if (permissions?.maintain) return "maintain";
  if (permissions?.push) return "write";
  if (permissions?.triage) return "triage";
  return "read";
}
