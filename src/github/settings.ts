import type { GitHubClient } from "./client.js";
import { GitHubError } from "./errors.js";
import { readOrganization } from "./organization.js";
import { readOr } from "./read-status.js";
import { readRepository } from "./repository.js";
import type { GitHubSettingsSnapshot } from "./snapshot.js";

/** What to read. */
export interface ReadGitHubSettingsOptions {
  client: GitHubClient;
  /** Organization login: its 2FA settings, and its repositories when `repos` is not given. */
  org?: string;
  /** `owner/name` of the repositories to read; default: every non-archived repository of `org`. */
  repos?: readonly string[];
  /** The clock, for `fetchedAt` and rate-limit reset times. */
  now?: () => Date;
}

const REPO_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/**
 * Reads live organization and repository settings into a snapshot. Requests go one after another,
 * as GitHub asks of integrations to stay clear of its secondary rate limits. Throws `GitHubError`
 * when the read cannot be trusted as a whole (network, credentials, rate limit, a repository that
 * does not exist); a single setting the token may not see becomes an unknown value instead.
 */
export async function readGitHubSettings(options: ReadGitHubSettingsOptions): Promise<GitHubSettingsSnapshot> {
  const { client, org } = options;
  const now = options.now ?? (() => new Date());
  if (org === undefined && options.repos === undefined) throw new GitHubError("name an organization, repositories or both", 0);
  for (const name of options.repos ?? []) {
    if (!REPO_NAME.test(name)) throw new GitHubError(`"${name}" is not a repository name of the form owner/name`, 0);
  }
  const organization = org === undefined ? undefined : await readOrganization(client, org, now);
  const names = options.repos ?? (org === undefined ? [] : await listRepositories(client, org, now));
  const repositories = [];
  for (const name of [...new Set(names)].sort()) repositories.push(await readRepository(client, name, now));
  return {
    version: 1,
    source: "api",
    fetchedAt: now().toISOString(),
    ...(organization ? { organization } : {}),
    repositories,
  };
}

/** Archived repositories are read-only and no longer deployed, so their settings are left out. */
async function listRepositories(client: GitHubClient, org: string, now: () => Date): Promise<string[]> {
  const repos = await readOr(
    `GET /orgs/${org}/repos`,
    () => client.paginate(client.rest.repos.listForOrg, { org, type: "all", per_page: 100 }),
    () => undefined,
    now,
  );
  return repos.filter((repo) => repo.archived !== true).map((repo) => repo.full_name);
}
