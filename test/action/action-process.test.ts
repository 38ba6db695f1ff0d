import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { validateSarif } from "../report/sarif-schema.js";
import { loadRecording, startGitHubServer, type GitHubServer } from "../helpers/github-server.js";
import { makeTree } from "../helpers/tree.js";
import { kubernetesObjectPolicy } from "../helpers/fixtures.js";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * The bundled Action (dist/action.js, what `runs.main` names) run as a process, the way a runner
 * starts it: inputs and context in `INPUT_*` / `GITHUB_*` variables, annotations as workflow
 * commands on stdout, the summary and outputs in the files the runner names.
 */
const ACTION = resolve("dist/action.js");
const run = promisify(execFile);

interface ActionRun {
  code: number;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

async function runAction(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  // The runner's files, outside the workspace as on GitHub's runners.
  const runner = tempDir("norecur-runner-");
  const summaryFile = join(runner, "summary.md");
  const outputFile = join(runner, "output.txt");
  writeFileSync(summaryFile, "");
  writeFileSync(outputFile, "");
  const variables: Record<string, string> = {
    PATH: process.env["PATH"] ?? "",
    HOME: process.env["HOME"] ?? "",
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...env,
  };
  let code = 0;
  let stdout = "";
  try {
    stdout = (await run(process.execPath, [ACTION], { cwd: workspace, env: variables })).stdout;
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    code = failed.code;
    stdout = failed.stdout;
  }
  return { code, stdout, summary: readFileSync(summaryFile, "utf8"), outputs: parseOutputs(readFileSync(outputFile, "utf8")) };
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ""] = match[3] ?? "";
  return outputs;
}

/** Workflow-command annotations printed on stdout. */
function annotations(stdout: string): Array<{ level: string; props: Record<string, string>; message: string }> {
  return stdout
    .split("\n")
    .flatMap((line) => {
      const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
      if (!match) return [];
      const props = Object.fromEntries((match[2] ?? "").split(",").map((kv) => kv.split("=") as [string, string]));
      return [{ level: match[1] ?? "", props, message: match[3] ?? "" }];
    });
}

/** Renovate configured, so the update-bot policy is satisfied and each test sees only the image findings. */
const RENOVATE = { "renovate.json": '{ "extends": ["config:recommended"] }\n' };

const KUBERNETES_POLICY = kubernetesObjectPolicy("T-K8S-001", "Objects have names", "has(subject.metadata.name)", "name it");

const deployment = (name: string, image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: shop\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: ${image}\n`;

let server: GitHubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("the Action, run as a process", () => {
  it("annotates, summarises, writes SARIF and outputs, and fails on findings", async () => {
    const workspace = makeTree({ ...RENOVATE, "k8s/web.yaml": deployment("web", "nginx:latest") });
    const result = await runAction(workspace, { paths: ".", "result-json": "out/result.json" });

    expect(result.code).toBe(1);
    expect(annotations(result.stdout)).toEqual([
      {
        level: "error",
        props: { title: expect.stringContaining("NR-UPD-001") as string, file: "k8s/web.yaml", line: "11", endLine: "11", col: "18", endColumn: "30" },
        message: expect.stringContaining("nginx:latest") as string,
      },
    ]);
    expect(result.stdout).toContain("::error::norecur: findings at or above low");
    expect(result.summary).toContain("NR-UPD-001");
    expect(result.outputs).toMatchObject({ failures: "1", high: "1", critical: "0", unknown: "0", "sarif-file": "norecur.sarif", "result-file": "out/result.json" });
    const sarif = JSON.parse(readFileSync(join(workspace, "norecur.sarif"), "utf8")) as unknown;
    expect(validateSarif(sarif)).toEqual([]);
    expect(JSON.parse(readFileSync(join(workspace, "out/result.json"), "utf8"))).toMatchObject({ version: 1, summary: { evaluated: 2 } });
  });

  it("annotates at most 10 errors, most severe first, and says how many were left out", async () => {
    const files = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`k8s/app-${String(i).padStart(2, "0")}.yaml`, deployment(`app${i}`, "nginx:latest")]));
    const result = await runAction(makeTree({ ...RENOVATE, ...files }), { paths: ".", sarif: "" });
    expect(result.code).toBe(1);
    expect(annotations(result.stdout).filter((a) => a.level === "error" && a.props["file"])).toHaveLength(10);
    expect(result.summary).toContain("4 findings were not annotated");
    expect(result.outputs["sarif-file"]).toBe("");
  });

  it("succeeds on a clean tree and fails closed when nothing was checked", async () => {
    const clean = await runAction(makeTree({ ...RENOVATE, "k8s/web.yaml": deployment("web", "nginx:1.27.3@sha256:" + "a".repeat(64)) }), { paths: "." });
    expect(clean.code).toBe(0);
    expect(clean.outputs["failures"]).toBe("0");
    // Only a Kubernetes policy, and no Kubernetes file: nothing was checked.
    const onlyKubernetes = { "p/k.policy.yaml": KUBERNETES_POLICY, "notes.txt": "nothing to check\n" };
    const inputs = { paths: ".", builtin: "false", policies: "p" };
    const empty = await runAction(makeTree(onlyKubernetes), inputs);
    expect(empty.code).toBe(3);
    expect(empty.stdout).toContain("nothing was checked");
    const allowed = await runAction(makeTree(onlyKubernetes), { ...inputs, "allow-empty": "true" });
    expect(allowed.code).toBe(0);
  });

  it("stops with a message naming the input, and no stack trace, on a bad input", async () => {
    const result = await runAction(makeTree({ "k8s/web.yaml": deployment("web", "nginx:latest") }), { "fail-on": "severe" });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('::error::input fail-on must be one of info, low, medium, high, critical, not "severe"');
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" } });
}

/** A repository whose main branch is clean and whose pull-request branch adds a finding and tries to switch its policy off. */
function pullRequestRepository(): { workspace: string; baseSha: string; headSha: string; event: string } {
  const workspace = makeTree({ ...RENOVATE, "k8s/web.yaml": deployment("web", "nginx:1.27.3@sha256:" + "a".repeat(64)), "k8s/db.yaml": deployment("db", "postgres:latest") });
  git(workspace, "init", "-q", "-b", "main");
  git(workspace, "add", "-A");
  git(workspace, "commit", "-q", "-m", "base");
  const baseSha = git(workspace, "rev-parse", "HEAD").trim();
  git(workspace, "checkout", "-q", "-b", "feature");
  writeFileSync(join(workspace, "k8s/web.yaml"), `# a comment moves every line down\n${deployment("web", "nginx:latest")}`);
  writeFileSync(join(workspace, ".norecur.yml"), "disable:\n  - id: NR-UPD-001\n    reason: too noisy\n");
  git(workspace, "add", "-A");
  git(workspace, "commit", "-q", "-m", "change");
  const headSha = git(workspace, "rev-parse", "HEAD").trim();
  const event = join(tempDir("norecur-event-"), "event.json");
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha }, head: { sha: headSha } } }));
  return { workspace, baseSha, headSha, event };
}

const comments = (s: GitHubServer) => s.requests.filter((r) => r.path.includes("/comments"));

describe("the Action in a pull request", () => {
  it("judges with the base revision's rules, classifies new findings and posts one comment, then updates it", async () => {
    const repo = pullRequestRepository();
    let posted: unknown;
    server = await startGitHubServer([
      {
        method: "GET",
        path: "/repos/acme/shop/issues/7/comments",
        query: { per_page: "100" },
        responses: [{ status: 200, body: [] }],
      },
      { method: "POST", path: "/repos/acme/shop/issues/7/comments", responses: [{ status: 201, body: { id: 501, html_url: "https://github.com/acme/shop/pull/7#issuecomment-501", body: "" } }] },
    ]);
    const env = { GITHUB_EVENT_PATH: repo.event, GITHUB_REPOSITORY: "acme/shop", GITHUB_API_URL: server.url };
    const first = await runAction(repo.workspace, { paths: ".", token: "ghs_test" }, env);

    // The PR's .norecur.yml would disable NR-UPD-001: with rules from the base it does not.
    expect(first.code).toBe(1);
    expect(first.outputs).toMatchObject({ new: "1", fixed: "0", failures: "2" });
    const errors = annotations(first.stdout).filter((a) => a.props["file"]);
    // The finding on a changed line comes first.
    expect(errors[0]?.props).toMatchObject({ file: "k8s/web.yaml", line: "12" });
    expect(first.summary).toContain(".norecur.yml");
    const writes = comments(server).filter((r) => r.method === "POST");
    expect(writes).toHaveLength(1);
    posted = (writes[0]?.body as { body: string }).body;
    expect(posted).toMatch(/^<!-- norecur:pr-comment -->\n/);
    expect((posted as string).split("<!-- norecur:pr-comment -->")).toHaveLength(2);
    expect(posted).toContain("nginx:latest");
    expect(posted).not.toContain("postgres:latest"); // existing, not introduced by this pull request
    expect(posted).toContain(".norecur.yml");
    expect(server.requests.every((r) => r.headers.authorization === "token ghs_test")).toBe(true);
    expect(first.stdout).not.toContain("ghs_test");
  });

  it("updates its earlier comment instead of posting another", async () => {
    const repo = pullRequestRepository();
    server = await startGitHubServer([
      {
        method: "GET",
        path: "/repos/acme/shop/issues/7/comments",
        query: { per_page: "100" },
        responses: [{ status: 200, body: [{ id: 501, body: "<!-- norecur:pr-comment -->\nold findings", html_url: "https://github.com/acme/shop/pull/7#issuecomment-501" }] }],
      },
      { method: "PATCH", path: "/repos/acme/shop/issues/comments/501", responses: [{ status: 200, body: { id: 501, html_url: "https://github.com/acme/shop/pull/7#issuecomment-501", body: "" } }] },
    ]);
    const env = { GITHUB_EVENT_PATH: repo.event, GITHUB_REPOSITORY: "acme/shop", GITHUB_API_URL: server.url };
    await runAction(repo.workspace, { paths: ".", token: "ghs_test" }, env);
    expect(comments(server).map((r) => r.method)).toEqual(["GET", "PATCH"]);
    expect(server.unmatched).toEqual([]);
  });

  it("fails only on new findings with fail-on-new-only", async () => {
    const repo = pullRequestRepository();
    writeFileSync(join(repo.workspace, "k8s/web.yaml"), deployment("web", "nginx:1.27.3@sha256:" + "a".repeat(64)));
    git(repo.workspace, "commit", "-q", "-am", "pin again");
    const env = { GITHUB_EVENT_PATH: repo.event, GITHUB_REPOSITORY: "acme/shop" };
    const result = await runAction(repo.workspace, { paths: ".", "fail-on-new-only": "true", "pr-comment": "false" }, env);
    expect(result.outputs).toMatchObject({ new: "0", failures: "1" });
    expect(result.code).toBe(0);
  });
});

describe("the Action with live GitHub settings", () => {
  const env = (url: string) => ({ GITHUB_REPOSITORY: "acme/shop", GITHUB_API_URL: url });
  const inputs = { paths: ".", "github-settings": "true", token: "ghs_test", sarif: "" };

  it("checks the organisation's 2FA settings read with an owner's token", async () => {
    server = await startGitHubServer(loadRecording("org-owner"));
    const result = await runAction(makeTree(RENOVATE), inputs, env(server.url));
    // Settings are not a file of the repository: their annotations carry no file or line.
    const live = annotations(result.stdout).filter((a) => a.message.startsWith("GitHub settings: "));
    expect(result.code).toBe(1);
    expect(live.map((a) => [a.level, a.props, a.message])).toEqual(
      ["alice", "bob", "carol"].map((member) => [
        "error",
        { title: "NR-MFA-003%3A The code-hosting organisation requires 2FA and has no member or outside collaborator without it" },
        `GitHub settings: Member ${member} of acme has no second factor. Require 2FA or remove the account.`,
      ]),
    );
    expect(result.summary).toContain("NR-MFA-003");
    expect(server.requests.map((r) => r.path)).toContain("/orgs/acme/members");
    expect(result.stdout).not.toContain("ghs_test");
  });

  it("reports what a member's token cannot read as unknown with the permission needed, never as a pass", async () => {
    server = await startGitHubServer(loadRecording("org-member"));
    const result = await runAction(makeTree(RENOVATE), inputs, env(server.url));
    expect(Number(result.outputs["unknown"])).toBeGreaterThan(0);
    expect(result.summary).toMatch(/admin:org|owner/);
  });

  it("warns and checks the files when no token is given", async () => {
    const result = await runAction(makeTree({ ...RENOVATE, "k8s/web.yaml": deployment("web", "nginx:latest") }), { ...inputs, token: "" }, { GITHUB_REPOSITORY: "acme/shop" });
    expect(result.stdout).toContain("::warning::github-settings: no token; the organisation and repository settings were not checked");
    expect(result.outputs["failures"]).toBe("1");
  });
});

describe("the Action on a shallow checkout", () => {
  /** An origin with main (clean) and a pull-request branch adding a finding, checked out with depth 1 as actions/checkout does. */
  function shallowCheckout(): { workspace: string; event: string; origin: string } {
    const repo = pullRequestRepository();
    const origin = join(tempDir("norecur-origin-"), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", repo.workspace, origin]);
    const workspace = join(tempDir("norecur-shallow-"), "shop");
    execFileSync("git", ["clone", "-q", "--depth", "1", "--branch", "feature", `file://${origin}`, workspace]);
    return { workspace, event: repo.event, origin };
  }

  it("fetches the base history it needs and compares as usual", async () => {
    const { workspace, event } = shallowCheckout();
    const result = await runAction(workspace, { paths: ".", "pr-comment": "false", sarif: "" }, { GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: "acme/shop" });
    expect(result.outputs).toMatchObject({ new: "1", fixed: "0" });
    expect(git(workspace, "rev-parse", "--is-shallow-repository").trim()).toBe("false");
  });

  it("stops rather than judge with the pull request's own rules when the base cannot be fetched", async () => {
    const { workspace, event } = shallowCheckout();
    git(workspace, "remote", "remove", "origin");
    const env = { GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: "acme/shop" };
    const strict = await runAction(workspace, { paths: ".", "pr-comment": "false", sarif: "" }, env);
    // The pull request's .norecur.yml disables NR-UPD-001: applying it would pass the change.
    expect(strict.code).toBe(2);
    expect(strict.stdout).toMatch(/::error::the pull request's base revision is not available \(.*\), so its rules cannot be read: use actions\/checkout with fetch-depth: 0, or set rules-from: head/);

    const lenient = await runAction(workspace, { paths: ".", "pr-comment": "false", sarif: "", "rules-from": "head" }, env);
    expect(lenient.code).toBe(0);
    expect(lenient.outputs).toMatchObject({ new: "", failures: "0" });
    expect(lenient.stdout).toMatch(/::warning::norecur: findings are not compared with the pull request's base \(.*\); use actions\/checkout with fetch-depth: 0/);
  });
});
