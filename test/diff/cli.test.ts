import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { DEPLOYMENT, POLICY } from "../helpers/fixtures.js";
import { captureIo, makeTree } from "../helpers/tree.js";
import { commit, git, gitRepo, write } from "../git/repo.js";

async function run(cwd: string, ...argv: string[]) {
  const io = captureIo(cwd);
  const code = await main(argv, io, "0.0.0-test");
  return { code, out: io.stdout(), err: io.stderr() };
}

const ARGS = ["k8s", "--no-builtin", "--policies", "policies"];
const withRedis = `${DEPLOYMENT}        - image: redis:latest\n          name: cache\n`;

/** A feature branch that adds a failing container and weakens nothing but renames a policy file. */
function feature(): string {
  const cwd = gitRepo({ "policies/img.policy.yaml": POLICY, "k8s/deploy.yaml": DEPLOYMENT });
  git(cwd, "checkout", "-q", "-b", "feature");
  commit(cwd, { "k8s/deploy.yaml": withRedis, "policies/img.policy.yaml": `${POLICY}references: []\n` });
  return cwd;
}

describe("norecur check --base", () => {
  it("marks new findings, lists rule changes, and fails on all findings by default", async () => {
    const { code, out } = await run(feature(), "check", ...ARGS, "--base", "main");
    expect(code).toBe(1);
    expect(out).toMatch(/Compared with main \(merge base [0-9a-f]{12}; rules from main\)\n/);
    expect(out).toContain("\n  NEW    k8s/deploy.yaml:11:18  T-IMG-001  cache uses redis:latest\n");
    expect(out).toContain("Compared: 1 new (1 failing), 1 existing, 0 fixed\n");
    expect(out).toContain("Rule changes to review (not applied: this run used the rules of main):\n  modified policy  policies/img.policy.yaml\n");
  });

  it("with --new-only fails only when the change adds a failing finding", async () => {
    const cwd = feature();
    expect((await run(cwd, "check", ...ARGS, "--base", "main", "--new-only")).code).toBe(1);
    write(cwd, { "k8s/deploy.yaml": `# header\n${DEPLOYMENT}` });
    const clean = await run(cwd, "check", ...ARGS, "--base", "main", "--new-only");
    expect(clean.code).toBe(0);
    expect(clean.out).toContain("Compared: 0 new (0 failing), 1 existing, 0 fixed\n");
    expect(clean.out).toContain("Only new findings decide the exit code (--new-only).");
  });

  it("adds the comparison to the JSON result", async () => {
    const { out } = await run(feature(), "check", ...ARGS, "--base", "main", "--rules-from", "head", "--format", "json");
    const json = JSON.parse(out) as { findings: unknown[]; diff: Record<string, unknown> };
    expect(json.findings).toHaveLength(2);
    expect(json.diff).toMatchObject({
      base: "main",
      rulesFrom: "head",
      new: [expect.objectContaining({ policyId: "T-IMG-001", message: "cache uses redis:latest" })],
      existing: [expect.objectContaining({ message: "web uses nginx:latest" })],
      fixed: [],
      ruleChanges: [{ file: "policies/img.policy.yaml", kind: "policy", change: "modified" }],
      changedLines: { "k8s/deploy.yaml": [11, 12] },
    });
  });

  it("rejects diff options that make no sense", async () => {
    const cwd = feature();
    expect(await run(cwd, "check", ...ARGS, "--new-only")).toMatchObject({ code: 2, err: "norecur: usage error: --new-only needs --base REF: new is relative to a base revision\n" });
    expect(await run(cwd, "check", ...ARGS, "--base", "main", "--rules-from", "pr")).toMatchObject({ code: 2, err: 'norecur: usage error: --rules-from must be base or head, not "pr"\n' });
    expect((await run(makeTree({ "k8s/deploy.yaml": DEPLOYMENT, "policies/img.policy.yaml": POLICY }), "check", ...ARGS, "--base", "main", "--new-only")).code).toBe(2);
  });

  it("goes on unclassified outside git, and says so", async () => {
    const cwd = makeTree({ "k8s/deploy.yaml": DEPLOYMENT, "policies/img.policy.yaml": POLICY });
    const { code, out, err } = await run(cwd, "check", ...ARGS, "--base", "main");
    expect(code).toBe(1);
    expect(err).toBe("norecur: findings were not compared with main: not a git repository (or git is not installed)\n");
    expect(out).not.toContain("Compared");
  });
});
