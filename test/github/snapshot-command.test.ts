import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { describe, expect, it, onTestFinished } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { recordedServers } from "../helpers/github-server.js";
import { makeTree } from "../helpers/tree.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TOKEN = "ghp_snapshotSecret0123456789";
const serve = recordedServers();

async function run(cwd: string, env: Record<string, string>, ...argv: string[]) {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, env, cwd };
  const code = await main(argv, io, "0.0.0-test");
  return { code, out, err };
}

describe("norecur snapshot github", () => {
  it("writes the snapshot as pretty JSON with a trailing newline and prints one summary line", async () => {
    const s = await serve("org-owner");
    const cwd = makeTree({});
    const { code, out, err } = await run(cwd, { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: s.url }, "snapshot", "github", "--org", "acme");
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toBe("Wrote .norecur/github-settings.json: organization acme, 2 repositories, every value read\n");
    const text = readFileSync(join(cwd, ".norecur/github-settings.json"), "utf8");
    expect(text.endsWith("}\n")).toBe(true);
    const snapshot = JSON.parse(text) as { fetchedAt: string; organization: unknown; repositories: Array<{ full_name: string }> };
    expect(text).toBe(`${JSON.stringify(snapshot, null, 2)}\n`);
    expect(Math.abs(Date.parse(snapshot.fetchedAt) - Date.now())).toBeLessThan(60_000);
    expect(snapshot.organization).toEqual({ login: "acme", two_factor_requirement_enabled: true, members_without_2fa: ["alice", "bob", "carol"], outside_collaborators_without_2fa: [] });
    expect(snapshot.repositories.map((r) => r.full_name)).toEqual(["acme/blog", "acme/shop"]);
    expect(s.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it("reads named repositories into --output, takes GH_TOKEN, and counts the unknown values", async () => {
    const s = await serve("org-member");
    const cwd = makeTree({});
    const { code, out } = await run(cwd, { GH_TOKEN: TOKEN, GITHUB_API_URL: s.url }, "snapshot", "github", "--org", "acme", "--repo", "acme/shop", "--repo", "acme/blog", "--output", "audit/gh.json");
    expect(code).toBe(0);
    // Organization: 3 (requirement, members, collaborators); shop: protection, updates, scanning,
    // collaborators, deploy keys; blog: scanning, deploy keys.
    expect(out).toBe("Wrote audit/gh.json: organization acme, 2 repositories, 10 unknown values the token may not read\n");
    expect(JSON.parse(readFileSync(join(cwd, "audit/gh.json"), "utf8"))).toMatchObject({ version: 1, source: "api" });
  });

  it("stops on a rate limit with the reset time, writes nothing, and never prints the token", async () => {
    const s = await serve("rate-limited");
    const cwd = makeTree({});
    const { code, out, err } = await run(cwd, { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: s.url }, "snapshot", "github", "--org", "acme");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^norecur: github error: GET \/orgs\/acme\/members\?filter=2fa_disabled: GitHub API rate limit exhausted \(5000 requests per hour, core\); it resets at 2026-11-30T03:30:00\.000Z \(in \d+ min\)\n$/);
    expect(existsSync(join(cwd, ".norecur/github-settings.json"))).toBe(false);
  });

  it("says so when the output cannot be written", async () => {
    const s = await serve("org-owner");
    const cwd = makeTree({ "taken": "a file where a directory is needed\n" });
    const { code, err } = await run(cwd, { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: s.url }, "snapshot", "github", "--repo", "acme/shop", "--output", "taken/gh.json");
    expect(code).toBe(2);
    expect(err).toMatch(/^norecur: usage error: cannot write taken\/gh\.json: .+\n$/);
  });

  it("refuses to run without a token, --org/--repo, or the github source", async () => {
    const cwd = makeTree({});
    const noToken = await run(cwd, { GITHUB_API_URL: "http://127.0.0.1:9" }, "snapshot", "github", "--org", "acme");
    expect(noToken).toEqual({ code: 2, out: "", err: "norecur: usage error: snapshot github needs a token in GITHUB_TOKEN or GH_TOKEN (see docs/github-settings.md for the permissions)\n" });
    expect((await run(cwd, { GITHUB_TOKEN: TOKEN }, "snapshot", "github")).err).toBe("norecur: usage error: snapshot github needs --org ORG and/or --repo OWNER/NAME\n");
    expect((await run(cwd, { GITHUB_TOKEN: TOKEN }, "snapshot", "gitlab", "--org", "acme")).err).toContain('snapshot takes one source, "github" (got "gitlab")');
  });
});

describe("norecur snapshot github as a process", () => {
  it("runs the bundled CLI against the loopback API and reports an unreachable API without a stack", async () => {
    // Bundled like dist/cli-main.cjs (which is rebuilt only at release), so the process runs today's source;
    // under build/ so the bundle finds norecur's package.json by walking up, as dist/cli.js does.
    mkdirSync(join(ROOT, "build"), { recursive: true });
    const dir = mkdtempSync(join(ROOT, "build", "snapshot-cli-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const cli = join(dir, "cli.mjs");
    await build({
      entryPoints: [join(ROOT, "src/cli-main.ts")],
      outfile: cli,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
      logLevel: "silent",
    });
    const s = await serve("org-owner");
    const cwd = makeTree({});
    const exec = promisify(execFile);
    const env = { PATH: process.env["PATH"] ?? "", GITHUB_TOKEN: TOKEN, GITHUB_API_URL: s.url };
    const ok = await exec(process.execPath, [cli, "snapshot", "github", "--repo", "acme/shop"], { cwd, env });
    expect(ok.stdout).toBe("Wrote .norecur/github-settings.json: 1 repository, every value read\n");
    expect(JSON.parse(readFileSync(join(cwd, ".norecur/github-settings.json"), "utf8"))).toMatchObject({ repositories: [{ full_name: "acme/shop", secret_scanning: true }] });

    await s.close();
    const failed = await exec(process.execPath, [cli, "snapshot", "github", "--repo", "acme/shop"], { cwd, env }).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^norecur: github error: GET \/repos\/acme\/shop: could not reach the GitHub API \(.+\); check GITHUB_API_URL and the network\n$/);
    expect(failed.stderr).not.toContain(TOKEN);
  });
});

describe("a snapshot checked by norecur check", () => {
  type Finding = { policyId: string; file: string; status: string; range: { line: number } };
  async function checkSnapshot(recording: string, ...args: string[]): Promise<Finding[]> {
    const s = await serve(recording);
    const cwd = makeTree({});
    expect((await run(cwd, { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: s.url }, "snapshot", "github", ...args)).code).toBe(0);
    const checked = await run(cwd, {}, "check", ".", "--format", "json");
    const findings = (JSON.parse(checked.out) as { findings: Finding[] }).findings;
    return findings.filter((f) => f.file === ".norecur/github-settings.json");
  }

  it("fails at the line of each member without 2FA", async () => {
    const findings = await checkSnapshot("org-owner", "--org", "acme");
    // Lines 9-11 of the written file are "alice", "bob", "carol" in members_without_2fa; line 28
    // is the blog repository's `"dependabot_security_updates": false`.
    expect(findings.filter((f) => f.status === "fail").map((f) => [f.policyId, f.range.line])).toEqual([
      ["NR-MFA-003", 9],
      ["NR-MFA-003", 10],
      ["NR-MFA-003", 11],
      ["NR-UPD-003", 28],
    ]);
  });

  it("never passes or fails on what a member token could not read: those checks are unknown", async () => {
    const findings = await checkSnapshot("org-member", "--org", "acme", "--repo", "acme/shop");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.status === "unknown")).toBe(true);
  });
});
