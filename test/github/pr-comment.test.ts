import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/github/client.js";
import { GitHubError } from "../../src/github/errors.js";
import { MAX_COMMENT_LENGTH, upsertPrComment } from "../../src/github/pr-comment.js";
import { recordedServers, type GitHubServer } from "../helpers/github-server.js";

const serve = recordedServers();

function upsert(url: string, body: string | null, extra: { resolvedBody?: string; marker?: string } = {}) {
  const client = createGitHubClient({ token: "ghs_installation", baseUrl: url });
  return upsertPrComment({ client, owner: "acme", repo: "shop", issueNumber: 7, body, marker: extra.marker ?? "norecur:report", ...extra });
}

const writes = (s: GitHubServer) => s.requests.filter((r) => r.method !== "GET").map((r) => ({ method: r.method, path: r.path, body: r.body }));

describe("upsertPrComment", () => {
  it("creates a comment with the hidden marker when none exists, ignoring a reviewer's quote of the marker", async () => {
    const s = await serve("pr-comments-none");
    const result = await upsert(s.url, "**norecur**: 1 finding");
    expect(result).toEqual({ action: "created", commentId: 9100, url: "https://github.com/acme/shop/pull/7#issuecomment-9100" });
    expect(writes(s)).toEqual([{ method: "POST", path: "/repos/acme/shop/issues/7/comments", body: { body: "<!-- norecur:report -->\n**norecur**: 1 finding\n" } }]);
    expect(s.unmatched).toEqual([]);
  });

  it("posts nothing when there is nothing to say and no earlier comment", async () => {
    const s = await serve("pr-comments-none");
    expect(await upsert(s.url, null)).toEqual({ action: "skipped" });
    expect(await upsert(s.url, "  \n")).toEqual({ action: "skipped" });
    expect(writes(s)).toEqual([]);
  });

  it("finds the earlier comment on the second page and edits it when the text changed", async () => {
    const s = await serve("pr-comments-existing");
    const result = await upsert(s.url, "**norecur**: 3 findings");
    expect(result.action).toBe("updated");
    expect(result.commentId).toBe(9005);
    expect(s.requests.map((r) => `${r.method} ${r.path}${r.query["page"] ? `?page=${r.query["page"]}` : ""}`)).toEqual([
      "GET /repos/acme/shop/issues/7/comments",
      "GET /repositories/501/issues/7/comments?page=2",
      "PATCH /repos/acme/shop/issues/comments/9005",
    ]);
    expect(writes(s)[0]?.body).toEqual({ body: "<!-- norecur:report -->\n**norecur**: 3 findings\n" });
  });

  it("leaves the comment alone when the text is the same (CRLF from an edit in the browser included)", async () => {
    const s = await serve("pr-comments-existing");
    expect(await upsert(s.url, "**norecur**: 2 findings\n")).toEqual({
      action: "unchanged",
      commentId: 9005,
      url: "https://github.com/acme/shop/pull/7#issuecomment-9005",
    });
    expect(writes(s)).toEqual([]);
  });

  it("rewrites an earlier comment to say everything is resolved once there is nothing left", async () => {
    const s = await serve("pr-comments-existing");
    expect((await upsert(s.url, "")).action).toBe("updated");
    expect(writes(s)).toEqual([
      {
        method: "PATCH",
        path: "/repos/acme/shop/issues/comments/9005",
        body: { body: "<!-- norecur:report -->\n**norecur**: every finding reported earlier on this pull request is resolved.\n" },
      },
    ]);
  });

  it("accepts a custom resolved text and the marker written as an HTML comment", async () => {
    const s = await serve("pr-comments-existing");
    await upsert(s.url, null, { resolvedBody: "All clear.", marker: "<!-- norecur:report -->" });
    expect(writes(s)[0]?.body).toEqual({ body: "<!-- norecur:report -->\nAll clear.\n" });
  });

  it("does not mistake another marker's comment for its own", async () => {
    const s = await serve("pr-comments-existing");
    expect(await upsert(s.url, null, { marker: "norecur:waivers" })).toEqual({ action: "skipped" });
    expect(s.requests.length).toBe(2);
  });

  it("creates, then sees its own comment on the next run, then updates it (stateful sequence)", async () => {
    const s = await serve("pr-comments-lifecycle");
    expect((await upsert(s.url, "**norecur**: 1 finding")).action).toBe("created");
    expect((await upsert(s.url, "**norecur**: 1 finding")).action).toBe("unchanged");
    expect((await upsert(s.url, "**norecur**: 2 findings")).action).toBe("updated");
    expect(writes(s).map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/acme/shop/issues/7/comments", "PATCH /repos/acme/shop/issues/comments/9100"]);
  });

  it("truncates a body over GitHub's limit and keeps the marker", async () => {
    const s = await serve("pr-comments-none");
    await upsert(s.url, `**norecur**\n${"x".repeat(70_000)}`);
    const sent = (writes(s)[0]?.body as { body: string }).body;
    expect(sent.length).toBe(MAX_COMMENT_LENGTH);
    expect(sent.startsWith("<!-- norecur:report -->\n**norecur**\nxxx")).toBe(true);
    expect(sent.endsWith("the job summary has the full report)")).toBe(true);
  });

  it("explains a refused write (fork pull requests get a read-only token)", async () => {
    const s = await serve("pr-comments-fork");
    const error = await upsert(s.url, "**norecur**: 1 finding").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).message).toBe(
      "POST /repos/acme/shop/issues/7/comments: HTTP 403 Resource not accessible by integration: the token needs the pull-requests: write (or issues: write) permission; pull requests from forks get a read-only GITHUB_TOKEN",
    );
  });

  it("rejects a marker that is not norecur's", async () => {
    const s = await serve("pr-comments-none");
    await expect(upsert(s.url, "x", { marker: "report --> <script>" })).rejects.toThrow(TypeError);
    expect(s.requests).toEqual([]);
  });
});
