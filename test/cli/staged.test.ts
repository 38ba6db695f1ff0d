import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { captureIo, makeTree } from "../helpers/tree.js";

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
}

const deployment = (name: string, image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: ${image}\n`;
const PINNED = "nginx:1.27.3@sha256:" + "a".repeat(64);

/** A repository with a committed finding in db.yaml, so only what a commit adds should be reported. */
function repository(): string {
  const cwd = makeTree({
    "renovate.json": '{ "extends": ["config:recommended"] }\n',
    "k8s/web.yaml": deployment("web", PINNED),
    "k8s/db.yaml": deployment("db", "postgres:latest"),
    "README.md": "# shop\n",
  });
  git(cwd, "init", "-q");
  git(cwd, "add", "-A");
  git(cwd, "commit", "-q", "-m", "first");
  return cwd;
}

async function staged(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await main(["check", "--staged", ...args], io, "0.0.0");
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("norecur check --staged", () => {
  it("judges what is staged, not the working tree, and reports only the staged files", async () => {
    const cwd = repository();
    writeFileSync(join(cwd, "k8s/web.yaml"), deployment("web", "nginx:latest"));
    git(cwd, "add", "k8s/web.yaml");
    // Fixed in the working tree but not staged: the commit would still carry nginx:latest.
    writeFileSync(join(cwd, "k8s/web.yaml"), deployment("web", PINNED));
    const { code, out } = await staged(cwd, "--format", "json");
    expect(code).toBe(1);
    const result = JSON.parse(out) as { findings: Array<{ policyId: string; file: string; range: { line: number; column: number } }>; files: Array<{ path: string }> };
    // db.yaml's finding was committed before and is not this commit's: CI reports it, the hook does not.
    expect(result.findings.map((f) => `${f.policyId} ${f.file}:${f.range.line}:${f.range.column}`)).toEqual(["NR-UPD-001 k8s/web.yaml:10:18"]);
    expect(result.files.map((f) => f.path)).toEqual(["k8s/web.yaml"]);
  });

  it("passes a commit that touches no checked file, saying so", async () => {
    const cwd = repository();
    writeFileSync(join(cwd, "README.md"), "# shop\n\nMore.\n");
    git(cwd, "add", "README.md");
    const { code, err } = await staged(cwd);
    expect(code).toBe(0);
    expect(err).toBe("norecur: none of the 1 staged file(s) is read by an active policy\n");
  });

  it("runs from a subdirectory with paths relative to it", async () => {
    const cwd = repository();
    writeFileSync(join(cwd, "k8s/web.yaml"), deployment("web", "nginx:latest"));
    git(cwd, "add", "-A");
    const { code, out } = await staged(join(cwd, "k8s"), ".");
    expect(code).toBe(1);
    expect(out).toContain("web.yaml\n  10:18");
    expect(out).not.toContain("db.yaml");
  });

  it("reads the repository root's config from a subdirectory, as a run in the working tree does", async () => {
    const cwd = repository();
    writeFileSync(join(cwd, ".norecur.yml"), "disable:\n  - id: NR-UPD-001\n    reason: Images are pinned by the deploy pipeline.\n");
    writeFileSync(join(cwd, "k8s/web.yaml"), deployment("web", "nginx:latest"));
    git(cwd, "add", "-A");
    const { code, out } = await staged(join(cwd, "k8s"), "--format", "json");
    const result = JSON.parse(out) as { config?: string; findings: unknown[] };
    expect(result.config).toBe("../.norecur.yml");
    expect(result.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it("reads an absolute path in the index, and refuses one outside the repository", async () => {
    const cwd = repository();
    writeFileSync(join(cwd, "k8s/web.yaml"), deployment("web", "nginx:latest"));
    git(cwd, "add", "k8s/web.yaml");
    // An unstaged fix: the index is written out, and the path must lead into it.
    writeFileSync(join(cwd, "k8s/web.yaml"), deployment("web", PINNED));
    const { code, out } = await staged(cwd, join(cwd, "k8s"), "--format", "json");
    const result = JSON.parse(out) as { findings: Array<{ policyId: string; file: string }> };
    expect(result.findings.map((f) => `${f.policyId} ${f.file}`)).toEqual(["NR-UPD-001 k8s/web.yaml"]);
    expect(code).toBe(1);
    const outside = await staged(cwd, tmpdir());
    expect(outside.code).toBe(2);
    expect(outside.err).toContain(`--staged checks the git index: ${tmpdir()} is outside the repository`);
  });

  it("is a usage error outside git or with --base", async () => {
    expect((await staged(makeTree({ "a.yaml": "a: 1\n" }))).code).toBe(2);
    const withBase = await staged(repository(), "--base", "HEAD");
    expect(withBase.code).toBe(2);
    expect(withBase.err).toContain("--staged checks the git index; it does not combine with --base");
  });
});
