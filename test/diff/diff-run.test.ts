import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffRun, type DiffSettings } from "../../src/diff/diff-run.js";
import { failOnNewOnly } from "../../src/diff/new-only.js";
import { NorecurError } from "../../src/errors.js";
import { exitCodeFor } from "../../src/exit-code.js";
import { formatters } from "../../src/report/index.js";
import type { Finding } from "../../src/types.js";
import { DEPLOYMENT, POLICY } from "../helpers/fixtures.js";
import { commit, git, gitRepo, write } from "../git/repo.js";

const NOW = new Date("2026-06-01T12:00:00Z");
const CONFIG = "builtin: false\npolicies: [policies]\n";

/** A repository on `main` with the test policy (via the config) and the failing Deployment, on a new branch `feature`. */
function pullRequest(extra: Record<string, string> = {}): string {
  const cwd = gitRepo({ ".norecur.yml": CONFIG, "policies/img.policy.yaml": POLICY, "k8s/deploy.yaml": DEPLOYMENT, ...extra });
  git(cwd, "checkout", "-q", "-b", "feature");
  return cwd;
}

const run = (cwd: string, extra: Partial<DiffSettings> = {}) => diffRun({ cwd, paths: ["k8s"], now: NOW, base: "main", ...extra });
const where = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column} ${f.status}`);

/** The Deployment with `lines` inserted after its metadata name (above the container). */
const withLabels = DEPLOYMENT.replace("  name: web\n", "  name: web\n  labels:\n    app: web\n    tier: front\n");
const withRedis = `${DEPLOYMENT}        - image: redis:latest\n          name: cache\n`;
const WAIVERS = 'version: 1\nwaivers:\n  - policy: T-IMG-001\n    paths: ["k8s/**"]\n    reason: vendor image\n    owner: alice@example.com\n    expires: "2026-07-01"\n';

describe("diffRun", () => {
  it("keeps a finding existing when lines are added above it", async () => {
    const cwd = pullRequest();
    commit(cwd, { "k8s/deploy.yaml": withLabels });
    const result = await run(cwd);
    expect(where(result.diff.existing)).toEqual(["T-IMG-001 k8s/deploy.yaml:12:18 fail"]);
    expect(result.diff.new).toEqual([]);
    expect(result.diff.fixed).toEqual([]);
    expect(where(result.base.findings)).toEqual(["T-IMG-001 k8s/deploy.yaml:9:18 fail"]);
    expect([...(result.changedLines.get("k8s/deploy.yaml") ?? [])]).toEqual([5, 6, 7]);
    expect(failOnNewOnly(result, { allowEmpty: false })).toBe(0);
    expect(exitCodeFor(result.head, { allowEmpty: false })).toBe(1);
  });

  it("reports a fixed finding, and a new one in the working tree before any commit", async () => {
    const cwd = pullRequest();
    write(cwd, { "k8s/deploy.yaml": DEPLOYMENT.replace("nginx:latest", "nginx:1.27") });
    const fixed = await run(cwd);
    expect(where(fixed.diff.fixed)).toEqual(["T-IMG-001 k8s/deploy.yaml:9:18 fail"]);
    expect(fixed.diff.new).toEqual([]);
    expect(fixed.head.findings).toEqual([]);

    write(cwd, { "k8s/deploy.yaml": withRedis });
    const added = await run(cwd);
    expect(where(added.diff.new)).toEqual(["T-IMG-001 k8s/deploy.yaml:11:18 fail"]);
    expect(where(added.diff.existing)).toEqual(["T-IMG-001 k8s/deploy.yaml:9:18 fail"]);
    expect(failOnNewOnly(added, { allowEmpty: false })).toBe(1);
  });

  it("follows a renamed file, so its findings are neither new nor fixed", async () => {
    const cwd = pullRequest();
    git(cwd, "mv", "k8s/deploy.yaml", "k8s/web deployment.yaml");
    commit(cwd, { "k8s/web deployment.yaml": withLabels });
    const result = await run(cwd);
    expect(where(result.diff.existing)).toEqual(["T-IMG-001 k8s/web deployment.yaml:12:18 fail"]);
    expect(result.diff.new).toEqual([]);
    expect(result.diff.fixed).toEqual([]);
  });

  it("judges a change by the base's policies: a weakened policy is ignored but listed", async () => {
    const cwd = pullRequest();
    commit(cwd, {
      "policies/img.policy.yaml": POLICY.replace(`subject.image.matches(':[^/:]+$') && !subject.image.endsWith(':latest')`, "true"),
      "policies/extra.policy.yaml": POLICY.replace("T-IMG-001", "T-IMG-002"),
      "k8s/deploy.yaml": withRedis,
    });
    const result = await run(cwd);
    expect(where(result.diff.new)).toEqual(["T-IMG-001 k8s/deploy.yaml:11:18 fail"]);
    expect(result.head.coverage.map((c) => c.policyId)).toEqual(["T-IMG-001"]);
    expect(result.ruleChanges).toEqual([
      { file: "policies/extra.policy.yaml", kind: "policy", change: "added" },
      { file: "policies/img.policy.yaml", kind: "policy", change: "modified" },
    ]);

    const trusting = await run(cwd, { rulesFrom: "head" });
    expect(trusting.head.findings.map((f) => f.policyId)).toEqual(["T-IMG-002", "T-IMG-002"]);
    expect(where(trusting.diff.new)).toEqual(["T-IMG-002 k8s/deploy.yaml:11:18 fail"]);
  });

  it("ignores a config change that disables the policy, and lists it", async () => {
    const cwd = pullRequest();
    write(cwd, { ".norecur.yml": `${CONFIG}disable:\n  - id: T-IMG-001\n    reason: too noisy\n` });
    const result = await run(cwd);
    expect(where(result.head.findings)).toEqual(["T-IMG-001 k8s/deploy.yaml:9:18 fail"]);
    expect(result.ruleChanges).toEqual([{ file: ".norecur.yml", kind: "config", change: "modified" }]);
    expect((await run(cwd, { rulesFrom: "head" })).head.findings).toEqual([]);
  });

  it("does not honour a waiver the change adds, unless rules come from the head", async () => {
    const cwd = pullRequest();
    commit(cwd, { ".norecur/waivers.yml": WAIVERS });
    const result = await run(cwd);
    expect(where(result.head.findings)).toEqual(["T-IMG-001 k8s/deploy.yaml:9:18 fail"]);
    expect(result.head.waivers).toEqual([]);
    expect(result.ruleChanges).toEqual([{ file: ".norecur/waivers.yml", kind: "waivers", change: "added" }]);

    const trusting = await run(cwd, { rulesFrom: "head" });
    expect(where(trusting.diff.existing)).toEqual(["T-IMG-001 k8s/deploy.yaml:9:18 waived"]);
    expect(failOnNewOnly(trusting, { allowEmpty: false })).toBe(0);
  });

  it("does not honour an inline waiver the change writes, but keeps one the base already had", async () => {
    const comment = '        # norecur:waive T-IMG-001 owner=alice@example.com expires=2026-07-01 reason="vendor image"\n';
    const waivedInline = DEPLOYMENT.replace("        - image: nginx:latest\n", `${comment}        - image: nginx:latest\n`);
    const cwd = pullRequest();
    write(cwd, { "k8s/deploy.yaml": waivedInline });
    const result = await run(cwd);
    expect(where(result.head.findings)).toEqual(["T-IMG-001 k8s/deploy.yaml:10:18 fail"]);
    expect(result.refusedWaivers.map((w) => `${w.file}:${w.range.line} ${w.policy}`)).toEqual(["k8s/deploy.yaml:9 T-IMG-001"]);
    expect(where((await run(cwd, { rulesFrom: "head" })).head.findings)).toEqual(["T-IMG-001 k8s/deploy.yaml:10:18 waived"]);

    commit(cwd, { "k8s/deploy.yaml": waivedInline });
    git(cwd, "checkout", "-q", "-b", "later");
    write(cwd, { "k8s/deploy.yaml": `# a header\n${waivedInline}` });
    const kept = await run(cwd, { base: "feature" });
    expect(where(kept.diff.existing)).toEqual(["T-IMG-001 k8s/deploy.yaml:11:18 waived"]);
    expect(kept.refusedWaivers).toEqual([]);
  });

  it("reports a waiver the change extends, though the base's waiver is the one applied", async () => {
    const cwd = pullRequest({ ".norecur/waivers.yml": WAIVERS });
    commit(cwd, { ".norecur/waivers.yml": WAIVERS.replace("2026-07-01", "2026-08-15") });
    const result = await run(cwd);
    expect(where(result.diff.new)).toEqual(["waiver-extended .norecur/waivers.yml:3:5 fail"]);
    expect(result.diff.new[0]?.message).toBe(
      "Waiver for T-IMG-001 extended from 2026-07-01 to 2026-08-15 against main (first extension), owner alice@example.com; not approved: set approved-by (someone other than the owner) to accept it.",
    );
    expect(result.head.waivers.map((w) => w.waiver.expires)).toEqual(["2026-07-01"]);
    expect(result.head.summary.failures.medium).toBe(1);
  });

  it("reports rule files the change breaks, which would stop every run once merged", async () => {
    const cwd = pullRequest();
    write(cwd, { ".norecur.yml": `${CONFIG}disable:\n  - id: T-NOPE\n    reason: typo\n` });
    const result = await run(cwd);
    expect(result.diff.new.map((f) => [f.policyId, f.status, f.message])).toEqual([
      [
        "change-rules-invalid",
        "fail",
        'The rule files of this change cannot be loaded (config error): .norecur.yml:4:9: disable[0].id: unknown policy "T-NOPE". Once merged, every run would stop.',
      ],
    ]);
    expect(where(result.diff.existing)).toEqual(["T-IMG-001 k8s/deploy.yaml:9:18 fail"]);
  });

  it("honours the base's waiver, and a change's edits to it do not move the finding", async () => {
    const cwd = pullRequest({ ".norecur/waivers.yml": WAIVERS });
    git(cwd, "checkout", "-q", "main");
    commit(cwd, { ".norecur/waivers.yml": WAIVERS.replace("vendor image", "vendor image, ticket OPS-1") });
    git(cwd, "checkout", "-q", "feature");
    write(cwd, { ".norecur/waivers.yml": "version: 1\nwaivers: []\n" });
    const result = await run(cwd);
    // The rules are the base tip's: the waiver as main has it now, not as the fork point or the change has it.
    expect(result.head.waivers.map((w) => [w.waiver.file, w.waiver.reason, w.state])).toEqual([[".norecur/waivers.yml", "vendor image, ticket OPS-1", "active"]]);
    expect(where(result.diff.existing)).toEqual(["T-IMG-001 k8s/deploy.yaml:9:18 waived"]);
    expect(result.ruleChanges).toEqual([{ file: ".norecur/waivers.yml", kind: "waivers", change: "modified" }]);
  });

  it("reads the base's policies from a directory outside the checked one, inside the repository", async () => {
    const cwd = gitRepo({ "app/.norecur.yml": "builtin: false\npolicies: [../shared]\n", "shared/img.policy.yaml": POLICY, "app/k8s/deploy.yaml": DEPLOYMENT });
    git(cwd, "checkout", "-q", "-b", "feature");
    write(cwd, { "shared/img.policy.yaml": POLICY.replace("severity: medium", "severity: info"), "app/k8s/deploy.yaml": withRedis });
    const result = await run(join(cwd, "app"));
    expect(result.diff.new.map((f) => `${f.severity} ${f.file}:${f.range?.line}`)).toEqual(["medium k8s/deploy.yaml:11"]);
    expect(result.ruleChanges).toEqual([{ file: "../shared/img.policy.yaml", kind: "policy", change: "modified" }]);
  });

  it("reports with the policies that judged it: a change lowering a severity does not change its own SARIF rule", async () => {
    const cwd = pullRequest();
    write(cwd, { "policies/img.policy.yaml": POLICY.replace("severity: medium", "severity: info") });
    const result = await run(cwd);
    expect(result.head.policies?.map((p) => `${p.id} ${p.severity}`)).toEqual(["T-IMG-001 medium"]);
    // The working tree's policies, as a caller that loaded them from disk would pass them.
    const onDisk = result.head.policies?.map((p) => ({ ...p, severity: "info" as const })) ?? [];
    const report = { policies: onDisk, incidents: new Map(), version: "0.0.0", sourceLine: () => undefined };
    const sarif = JSON.parse(formatters["sarif"]?.(result.head, { color: false, report }) ?? "{}") as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; defaultConfiguration: { level: string } }> } }; results: Array<{ ruleId: string; level: string }> }>;
    };
    const run0 = sarif.runs[0];
    expect(run0?.tool.driver.rules.map((r) => `${r.id} ${r.defaultConfiguration.level}`)).toEqual(["T-IMG-001 warning"]);
    expect(run0?.results.map((r) => `${r.ruleId} ${r.level}`)).toEqual(["T-IMG-001 warning"]);
    expect(formatters["json"]?.(result.head, { color: false })).not.toContain('"policies"');
  });

  it("compares a directory the change adds with nothing", async () => {
    const cwd = pullRequest();
    write(cwd, { "apps/deploy.yaml": withRedis });
    const result = await run(cwd, { paths: ["apps"] });
    expect(result.base.summary.evaluated).toBe(0);
    expect(where(result.diff.new)).toEqual(["T-IMG-001 apps/deploy.yaml:9:18 fail", "T-IMG-001 apps/deploy.yaml:11:18 fail"]);
  });

  it("stops with a clear error when the base shares no history or does not exist", async () => {
    const cwd = pullRequest();
    git(cwd, "checkout", "-q", "--orphan", "unrelated");
    commit(cwd, {});
    await expect(run(cwd)).rejects.toThrow(new NorecurError("usage", "--base main: no common ancestor with HEAD (unrelated histories)"));
    await expect(run(cwd, { base: "origin/nope" })).rejects.toThrow(new NorecurError("usage", "--base origin/nope: not a revision of this repository"));
  });
});
