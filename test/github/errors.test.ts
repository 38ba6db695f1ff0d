import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/github/client.js";
import { GitHubError, rateLimitReason, type ApiFailure } from "../../src/github/errors.js";
import { readGitHubSettings } from "../../src/github/settings.js";

const NOW = new Date("2026-11-30T03:00:00.000Z");

function failure(status: number, headers: Record<string, string>, message = ""): ApiFailure {
  return { status, message, response: { headers, data: message ? { message } : "" } };
}

describe("rateLimitReason", () => {
  it.each([
    ["403 with the primary limit spent", failure(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1796007690" }), "GitHub API rate limit exhausted; it resets at 2026-11-30T03:01:30.000Z (in 2 min)"],
    ["429 with the primary limit spent and no reset", failure(429, { "x-ratelimit-remaining": "0" }), "GitHub API rate limit exhausted; try again later"],
    ["a reset already past", failure(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1796000000" }), "GitHub API rate limit exhausted; it resets at 2026-11-30T00:53:20.000Z (in 0 min)"],
    ["429 with retry-after", failure(429, { "x-ratelimit-remaining": "10", "retry-after": "30" }), "GitHub API secondary rate limit hit; retry after 30 s"],
    ["403 naming a secondary limit", failure(403, {}, "You have exceeded a secondary rate limit."), "GitHub API secondary rate limit hit; wait at least a minute before retrying"],
    ["403 for a missing permission", failure(403, { "x-ratelimit-remaining": "4000" }, "Must have admin rights to Repository."), undefined],
    ["404 with the limit spent", failure(404, { "x-ratelimit-remaining": "0" }), undefined],
  ])("%s", (_name, input, expected) => {
    expect(rateLimitReason(input, NOW)).toBe(expected);
  });
});

describe("createGitHubClient timeout", () => {
  it("gives up on a server that accepts the connection and never answers", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const client = createGitHubClient({ token: "t", baseUrl: url, timeoutMs: 200 });
      const started = Date.now();
      const error = await readGitHubSettings({ client, org: "acme" }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GitHubError);
      expect((error as GitHubError).message).toMatch(/^GET \/orgs\/acme: could not reach the GitHub API \(.*timeout.*\)/i);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
