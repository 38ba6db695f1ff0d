import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/github/client.js";
import { GitHubError } from "../../src/github/errors.js";
import { readGitHubSettings } from "../../src/github/settings.js";
import { recordedServers, startGitHubServer } from "../helpers/github-server.js";

const NOW = new Date("2026-11-30T03:00:00.000Z");
const now = (): Date => NOW;
const serve = recordedServers();

function client(url: string) {
  return createGitHubClient({ token: "ghp_test0123456789", baseUrl: url, userAgent: "norecur-test" });
}

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<GitHubError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitHubError);
  return error as GitHubError;
}

describe("readGitHubSettings with an owner token", () => {
  it("reads every setting, following link pagination for members and repositories", async () => {
    const { url, requests, unmatched } = await serve("org-owner");
    const snapshot = await readGitHubSettings({ client: client(url), org: "acme", now });
    expect(snapshot).toEqual({
      version: 1,
      source: "api",
      fetchedAt: "2026-11-30T03:00:00.000Z",
      organization: {
        login: "acme",
        two_factor_requirement_enabled: true,
        members_without_2fa: ["alice", "bob", "carol"],
        outside_collaborators_without_2fa: [],
      },
      repositories: [
        {
          full_name: "acme/blog",
          default_branch: "main",
          // No classic rule, but an organization ruleset (1 approval) and a repository ruleset on page 2 (2 approvals).
          branch_protection: null,
          branch_rules: { rule_types: ["deletion", "pull_request", "required_signatures"], required_approving_review_count: 2 },
          dependabot_security_updates: false,
          secret_scanning: false,
          outside_collaborators: [],
          deploy_keys: [],
        },
        {
          full_name: "acme/shop",
          default_branch: "main",
          branch_protection: { required_approving_review_count: 1, enforce_admins: true },
          branch_rules: { rule_types: ["deletion", "non_fast_forward"], required_approving_review_count: 0 },
          dependabot_security_updates: true,
          secret_scanning: true,
          // The key material is not kept: id, title and whether it may push.
          outside_collaborators: [{ login: "agency-dev", role_name: "write" }],
          deploy_keys: [{ id: 88001, title: "deploy-readonly", read_only: true }],
        },
      ],
    });
    expect(unmatched).toEqual([]);
    // Page 2 came from the link header (GitHub's /organizations/{id} form), and the archived repository was never read.
    expect(requests.map((r) => `${r.path}${r.query["page"] ? `?page=${r.query["page"]}` : ""}`)).toEqual([
      "/orgs/acme",
      "/orgs/acme/members",
      "/organizations/9000/members?page=2",
      "/orgs/acme/outside_collaborators",
      "/orgs/acme/repos",
      "/organizations/9000/repos?page=2",
      "/repos/acme/blog",
      "/repos/acme/blog/branches/main/protection",
      "/repos/acme/blog/rules/branches/main",
      "/repositories/503/rules/branches/main?page=2",
      "/repos/acme/blog/automated-security-fixes",
      "/repos/acme/blog/collaborators",
      "/repos/acme/blog/keys",
      "/repos/acme/shop",
      "/repos/acme/shop/branches/main/protection",
      "/repos/acme/shop/rules/branches/main",
      "/repos/acme/shop/automated-security-fixes",
      "/repos/acme/shop/collaborators",
      "/repos/acme/shop/keys",
    ]);
  });

  it("sends the token only as the Authorization header, with the user agent", async () => {
    const { url, requests } = await serve("org-owner");
    await readGitHubSettings({ client: client(url), repos: ["acme/shop"], now });
    expect(requests.length).toBe(6);
    for (const request of requests) {
      expect(request.headers.authorization).toBe("token ghp_test0123456789");
      expect(request.headers["user-agent"]).toMatch(/^norecur-test /);
      expect(JSON.stringify(request.query)).not.toContain("ghp_");
    }
  });

  it("reads only the named repositories, without the organization", async () => {
    const { url, requests } = await serve("org-owner");
    const snapshot = await readGitHubSettings({ client: client(url), repos: ["acme/shop", "acme/shop"], now });
    expect(snapshot.organization).toBeUndefined();
    expect(snapshot.repositories.map((r) => r.full_name)).toEqual(["acme/shop"]);
    expect(requests.some((r) => r.path.startsWith("/orgs/"))).toBe(false);
  });
});

describe("readGitHubSettings with a member token", () => {
  it("marks what the token cannot see as unknown, with what is missing and GitHub's answer", async () => {
    const { url, unmatched } = await serve("org-member");
    const snapshot = await readGitHubSettings({ client: client(url), org: "acme", repos: ["acme/shop", "acme/blog"], now });
    expect(unmatched).toEqual([]);
    expect(snapshot.organization).toEqual({
      login: "acme",
      two_factor_requirement_enabled: {
        $unknown: "needs the admin:org scope and the organization owner role: GitHub returns two_factor_requirement_enabled only to owners",
      },
      members_without_2fa: { $unknown: "needs the organization owner role: only owners may filter by 2FA status (HTTP 422: Only owners can use this filter.)" },
      outside_collaborators_without_2fa: { $unknown: "needs the organization owner role: only owners may filter by 2FA status (HTTP 403: Must be an organization owner)" },
    });
    const [blog, shop] = snapshot.repositories;
    // A bare 404 on protection is GitHub hiding the rule; only "Branch not protected" means none.
    expect(shop?.branch_protection).toEqual({ $unknown: "needs admin permission on the repository (HTTP 404: Not Found)" });
    expect(shop?.dependabot_security_updates).toEqual({
      $unknown: "needs admin permission on the repository (admin read access) (HTTP 403: Must have admin rights to Repository.)",
    });
    expect(shop?.secret_scanning).toEqual({
      $unknown: "needs admin permission on the repository (or the organization owner or security manager role): GitHub returns security_and_analysis only to them",
    });
    // A private repository on a plan without protection is unprotected; paused security updates do not run.
    expect(blog?.branch_protection).toBeNull();
    expect(blog?.branch_rules).toEqual({ rule_types: [], required_approving_review_count: 0 });
    // Rulesets are readable with plain read access, so the member token still sees the organization's review rule.
    expect(shop?.branch_rules).toEqual({ rule_types: ["pull_request"], required_approving_review_count: 1 });
    expect(blog?.dependabot_security_updates).toBe(false);
    // Collaborators need push access and deploy keys admin rights: a refusal is unknown, not "none".
    expect(shop?.outside_collaborators).toEqual({
      $unknown: "needs push access to the repository to list its collaborators (HTTP 403: Must have push access to view repository collaborators.)",
    });
    expect(shop?.deploy_keys).toEqual({ $unknown: "needs admin permission on the repository to list its deploy keys (HTTP 404: Not Found)" });
    expect(blog?.outside_collaborators).toEqual([]);
  });
});

describe("readGitHubSettings failures", () => {
  it("stops on an exhausted rate limit and says when it resets, rather than calling it a missing permission", async () => {
    const { url } = await serve("rate-limited");
    const error = await rejection(readGitHubSettings({ client: client(url), org: "acme", now }));
    expect(error.status).toBe(403);
    expect(error.message).toBe(
      "GET /orgs/acme/members?filter=2fa_disabled: GitHub API rate limit exhausted (5000 requests per hour, core); it resets at 2026-11-30T03:30:00.000Z (in 30 min)",
    );
  });

  it("stops on a secondary rate limit with the retry-after delay", async () => {
    const { url } = await serve("secondary-rate-limit");
    const error = await rejection(readGitHubSettings({ client: client(url), repos: ["acme/shop"], now }));
    expect(error.message).toBe("GET /repos/acme/shop: GitHub API secondary rate limit hit; retry after 60 s");
  });

  it("stops on a secondary rate limit that gives only its message, rather than marking the 2FA list unknown", async () => {
    const { url } = await serve("secondary-rate-limit");
    const error = await rejection(readGitHubSettings({ client: client(url), org: "acme", now }));
    expect(error.status).toBe(403);
    expect(error.message).toBe("GET /orgs/acme/members?filter=2fa_disabled: GitHub API secondary rate limit hit; wait at least a minute before retrying");
  });

  it("names rejected credentials without repeating the token", async () => {
    const { url } = await serve("bad-credentials");
    const error = await rejection(readGitHubSettings({ client: client(url), org: "acme", now }));
    expect(error.status).toBe(401);
    expect(error.message).toBe("GET /orgs/acme: the token was rejected (HTTP 401 Bad credentials); check GITHUB_TOKEN or GH_TOKEN");
    expect(error.message).not.toContain("ghp_");
  });

  it("stops on a repository that does not exist or is not visible", async () => {
    const { url } = await serve("org-owner");
    const error = await rejection(readGitHubSettings({ client: client(url), repos: ["acme/nope"], now }));
    expect(error.status).toBe(404);
    expect(error.message).toMatch(/^GET \/repos\/acme\/nope: HTTP 404 Not Found/);
  });

  it("reports an unreachable API as a network failure, not a stack", async () => {
    const closed = await startGitHubServer([]);
    await closed.close();
    const error = await rejection(readGitHubSettings({ client: client(closed.url), org: "acme", now }));
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/^GET \/orgs\/acme: could not reach the GitHub API \(.+\); check GITHUB_API_URL and the network$/);
  });

  it("rejects a malformed repository name before any request", async () => {
    const { url, requests } = await serve("org-owner");
    const error = await rejection(readGitHubSettings({ client: client(url), repos: ["shop"], now }));
    expect(error.message).toBe('"shop" is not a repository name of the form owner/name');
    expect(requests).toEqual([]);
  });
});
