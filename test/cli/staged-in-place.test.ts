import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stagedTree } from "../../src/git/staged.js";
import { stagedRun } from "../../src/staged-run.js";
import { makeTree } from "../helpers/tree.js";
import { kubernetesObjectPolicy } from "../helpers/fixtures.js";

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
}

const deployment = (name: string, image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: ${image}\n`;
const PINNED = "nginx:1.27.3@sha256:" + "a".repeat(64);

/** A policy of the repository's own: every Kubernetes object must carry labels. */
const LABELS_POLICY = kubernetesObjectPolicy("T-LABELS-001", "Objects carry labels", "has(subject.metadata.labels)", "label it");

/** Fires on every Kubernetes object: seen only if an untracked policy file were read. */
const EVERYTHING_POLICY = kubernetesObjectPolicy("T-ALL-001", "Never passes", "false", "none");

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A repository whose commit stages a `:latest` image in k8s/web.yaml and a link to an ignored
 * file, next to untracked and ignored files that would change the verdict if a run saw them: a
 * config that switches NR-UPD-001 off, a policy that fires on everything, a waivers file that
 * waives the finding, a .gitignore that skips web.yaml, and the link's target.
 */
function repository(): string {
  const cwd = makeTree({
    "renovate.json": '{ "extends": ["config:recommended"] }\n',
    ".norecur.yml": "policies: [policies]\n",
    ".gitignore": "k8s/cache/\n",
    "policies/labels.policy.yaml": LABELS_POLICY,
    "k8s/web.yaml": deployment("web", PINNED),
    "k8s/db.yaml": deployment("db", "postgres:latest"),
  });
  git(cwd, "init", "-q");
  git(cwd, "add", "-A");
  git(cwd, "commit", "-q", "-m", "first");
  writeFileSync(join(cwd, "k8s/web.yaml"), deployment("web", "nginx:latest"));
  symlinkSync("cache/latest.yaml", join(cwd, "k8s/link.yaml"));
  git(cwd, "add", "-A");
  // Not in the index: untracked, or ignored.
  writeFileSync(join(cwd, "k8s/.norecur.yml"), "disable:\n  - id: NR-UPD-001\n    reason: Pinned by the deploy pipeline.\n");
  writeFileSync(join(cwd, "k8s/.gitignore"), "web.yaml\n");
  writeFileSync(join(cwd, "policies/all.policy.yaml"), EVERYTHING_POLICY);
  mkdirSync(join(cwd, ".norecur"));
  writeFileSync(
    join(cwd, ".norecur/waivers.yml"),
    `version: 1\nwaivers:\n  - policy: NR-UPD-001\n    paths: ["k8s/**"]\n    reason: Tracked in SEC-1.\n    owner: alice@example.com\n    expires: ${inDays(30)}\n`,
  );
  mkdirSync(join(cwd, "k8s/cache"));
  writeFileSync(join(cwd, "k8s/cache/latest.yaml"), deployment("built", "redis:latest"));
  return cwd;
}

/** What a staged run reports, in a form two runs can be compared by. */
async function report(cwd: string, write: boolean) {
  const { result, staged } = await stagedRun({ cwd }, { write });
  return {
    config: result.config,
    staged,
    findings: result.findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column} ${f.status}`),
    files: result.files.map((f) => `${f.path} ${f.status}${f.reason ? ` (${f.reason})` : ""}`),
  };
}

describe("check --staged in the working tree", () => {
  it("reads the working tree in place when it holds the index, seeing nothing the index does not hold", async () => {
    const cwd = repository();
    expect((await stagedTree(join(cwd, "k8s"))).mode).toBe("worktree");
    const inPlace = await report(join(cwd, "k8s"), false);
    expect(inPlace).toEqual({
      config: "../.norecur.yml",
      staged: ["link.yaml", "web.yaml"],
      findings: ["T-LABELS-001 web.yaml:1:1 fail", "NR-UPD-001 web.yaml:10:18 fail"],
      files: ["link.yaml skipped (broken symlink (no such file (ENOENT)))", "web.yaml evaluated"],
    });
    // The same verdict as the index written out.
    expect(await report(join(cwd, "k8s"), true)).toEqual(inPlace);
  });

  it("writes the index out when the working tree does not hold it", async () => {
    const cases: Array<[string, (cwd: string) => void]> = [
      ["an unstaged edit", (cwd) => writeFileSync(join(cwd, "k8s/web.yaml"), deployment("web", PINNED))],
      ["a file deleted from the working tree only", (cwd) => unlinkSync(join(cwd, "k8s/db.yaml"))],
      ["an entry marked assume-unchanged", (cwd) => git(cwd, "update-index", "--assume-unchanged", "k8s/db.yaml")],
      ["an entry marked skip-worktree", (cwd) => git(cwd, "update-index", "--skip-worktree", "k8s/db.yaml")],
    ];
    for (const [name, change] of cases) {
      const cwd = repository();
      change(cwd);
      const tree = await stagedTree(cwd);
      try {
        expect({ name, mode: tree.mode }).toEqual({ name, mode: "written" });
      } finally {
        tree.cleanup();
      }
    }
  });

  it("hides a submodule's checkout, which the written index does not hold", async () => {
    const cwd = repository();
    const head = git(cwd, "rev-parse", "HEAD").trim();
    git(cwd, "update-index", "--add", "--cacheinfo", `160000,${head},vendor/lib`);
    mkdirSync(join(cwd, "vendor/lib"), { recursive: true });
    writeFileSync(join(cwd, "vendor/lib/app.yaml"), deployment("vendored", "redis:latest"));
    const tree = await stagedTree(cwd);
    expect(tree.mode).toBe("worktree");
    expect(tree.hidden?.(join(tree.root, "vendor/lib/app.yaml"))).toBe(true);
    expect(tree.hidden?.(join(tree.root, "k8s/web.yaml"))).toBe(false);
    expect(await report(cwd, false)).toEqual(await report(cwd, true));
  });
});
