import type { GitHubClient } from "./client.js";
import type { OrganizationSettings } from "./snapshot.js";
/**
 * The organization's 2FA facts. GitHub hides them from non-owners in two ways: the organization
 * comes back without `two_factor_requirement_enabled` (or with null), and the `2fa_disabled` filter
 * answers 403 or 422 ("Only owners can use this filter"). Both become unknown, never "no one".
 */
export declare function readOrganization(client: GitHubClient, org: string, now: () => Date): Promise<OrganizationSettings>;
