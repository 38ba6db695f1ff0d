import { execFileSync } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { captureIo, makeTree } from "../helpers/tree.js";

const DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: nginx:latest\n";

async function cli(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(cwd);
  const code = await main(argv, io, "0.0.0");
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("the CLI on first contact", () => {
  it("prints a command's own options for `COMMAND --help`", async () => {
    const { code, out } = await cli(process.cwd(), ["check", "--help"]);
    expect(code).toBe(0);
    expect(out.split("\n")[1]).toMatch(/^ {2}norecur check \[paths\.\.\.\]/);
    expect(out).toContain("--allow-empty");
    expect(out).not.toContain("norecur snapshot github");
  });

  it.each(["parse-error", "waiver-expired", "waiver-stale"])("explains norecur's own finding id %s", async (id) => {
    const { code, out } = await cli(process.cwd(), ["explain", id]);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^${id}: `));
    expect(out).toContain("Reported by norecur itself");
  });

  it("with --output, still says on stderr what the report holds", async () => {
    const root = realpathSync(makeTree({ "k8s/api.yaml": DEPLOYMENT }));
    const { code, out, err } = await cli(root, ["check", ".", "--format", "sarif", "--output", "out/norecur.sarif"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe("norecur: 1 files evaluated, failing findings: 1 high; report written to out/norecur.sarif\n");
  });

  it("never lists .git among the skipped files", async () => {
    const root = realpathSync(makeTree({ "k8s/api.yaml": DEPLOYMENT }));
    execFileSync("git", ["init", "-q", root]);
    const { out } = await cli(root, ["check", ".", "--format", "json"]);
    const files = (JSON.parse(out) as { files: Array<{ path: string }> }).files.map((f) => f.path);
    expect(files.some((p) => p.startsWith(".git"))).toBe(false);
    expect(files).toContain(join("k8s", "api.yaml"));
  });
});

describe("a policy directory that yields no policy", () => {
  it("stops the run with exit 2, naming the directory, the naming rule and the look-alike file", async () => {
    const policy = readFileSync("policies/updates/pinned-images/policy.yaml", "utf8");
    const root = realpathSync(makeTree({ "k8s/api.yaml": DEPLOYMENT, "security/my-rule.yaml": policy }));
    const { code, err } = await cli(root, ["check", "k8s", "--policies", "security", "--no-builtin"]);
    expect(code).toBe(2);
    expect(err).toContain("no policy files in security (policies are files named policy.yaml or *.policy.yaml); security/my-rule.yaml looks like a policy");
  });
});
