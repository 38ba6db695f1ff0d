import { unknownValue, type UnknownMarker } from "../adapters/normalized/unknown.js";
import type { GitHubClient } from "./client.js";
import { notPermitted, readOr } from "./read-status.js";
import type { OrganizationSettings } from "./snapshot.js";

const OWNER_FILTER = "needs the organization owner role: only owners may filter by 2FA status";

/**
 * The organization's 2FA facts. GitHub hides them from non-owners in two ways: the organization
 * comes back without `two_factor_requirement_enabled` (or with null), and the `2fa_disabled` filter
 * answers 403 or 422 ("Only owners can use this filter"). Both become unknown, never "no one".
 */
export async function readOrganization(client: GitHubClient, org: string, now: () => Date): Promise<OrganizationSettings> {
  const data = await readOr(`GET /orgs/${org}`, async () => (await client.rest.orgs.get({ org })).data, () => undefined, now);
  const required: boolean | UnknownMarker =
    typeof data.two_factor_requirement_enabled === "boolean"
      ? data.two_factor_requirement_enabled
      : unknownValue("needs the admin:org scope and the organization owner role: GitHub returns two_factor_requirement_enabled only to owners");
  const members = await readOr<string[] | UnknownMarker>(
    `GET /orgs/${org}/members?filter=2fa_disabled`,
    async () => logins(await client.paginate(client.rest.orgs.listMembers, { org, filter: "2fa_disabled", per_page: 100 })),
    (failure) => (failure.status === 403 || failure.status === 422 ? notPermitted(OWNER_FILTER, failure) : undefined),
    now,
  );
  const collaborators = await readOr<string[] | UnknownMarker>(
    `GET /orgs/${org}/outside_collaborators?filter=2fa_disabled`,
    async () => logins(await client.paginate(client.rest.orgs.listOutsideCollaborators, { org, filter: "2fa_disabled", per_page: 100 })),
    (failure) => (failure.status === 403 || failure.status === 422 ? notPermitted(OWNER_FILTER, failure) : undefined),
    now,
  );
  return {
    login: data.login,
    two_factor_requirement_enabled: required,
    members_without_2fa: members,
    outside_collaborators_without_2fa: collaborators,
  };
}

/** Sorted, so a snapshot diff shows who changed rather than page order. */
function logins(users: ReadonlyArray<{ login: string } | null>): string[] {
  return users.flatMap((user) => (user ? [user.login] : [])).sort();
}
