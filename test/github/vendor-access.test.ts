import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { recordedServers } from "../helpers/github-server.js";
import { makeTree } from "../helpers/tree.js";

const TOKEN = "ghp_vendorSecret0123456789";
const serve = recordedServers();

async function run(cwd: string, env: Record<string, string>, ...argv: string[]) {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, env, cwd };
  const code = await main(argv, io, "0.0.0-test");
  return { code, out, err };
}

describe("outside collaborators and deploy keys read from the API", () => {
  it("keeps roles and read-only flags, drops the key material, and NR-VEND-001 fails at both", async () => {
    const s = await serve("vendors");
    const cwd = makeTree({});
    expect((await run(cwd, { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: s.url }, "snapshot", "github", "--repo", "acme/shop")).code).toBe(0);
    expect(s.unmatched).toEqual([]);
    const text = readFileSync(join(cwd, ".norecur/github-settings.json"), "utf8");
    expect(text).not.toContain("ssh-ed25519");
    const repository = (JSON.parse(text) as { repositories: Array<Record<string, unknown>> }).repositories[0];
    expect(repository?.["outside_collaborators"]).toEqual([
      { login: "agency-dev", role_name: "write" },
      { login: "contractor-ops", role_name: "admin" },
    ]);
    expect(repository?.["deploy_keys"]).toEqual([
      { id: 88001, title: "deploy-readonly", read_only: true },
      { id: 88003, title: "hosting-vendor-deploy", read_only: false },
    ]);

    const checked = await run(cwd, {}, "check", ".", "--format", "json", "--no-builtin", "--policies", join(process.cwd(), "policies/vendors"));
    const findings = (JSON.parse(checked.out) as { findings: Array<{ policyId: string; message: string; range: { line: number } }> }).findings;
    const lines = text.split("\n");
    expect(findings.map((f) => [f.policyId, lines[f.range.line - 1]?.trim()])).toEqual([
      ["NR-VEND-001", '"role_name": "admin"'],
      ["NR-VEND-001", '"read_only": false'],
    ]);
    expect(findings[0]?.message).toContain("contractor-ops");
    expect(findings[1]?.message).toContain("hosting-vendor-deploy");
  });
});
