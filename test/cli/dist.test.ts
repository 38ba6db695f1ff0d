import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTree } from "../helpers/tree.js";

/** The README's first quick-start command, run as a user would: the committed bundle, no install. */
describe("node dist/cli.js", () => {
  it("checks the examples and reports real findings with exit 1", () => {
    const run = spawnSync(process.execPath, ["dist/cli.js", "check", "examples/shop", "--format", "json"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as { findings: Array<{ policyId: string; file: string; range?: { line: number; column: number } }>; summary: { evaluated: number } };
    expect(result.summary.evaluated).toBeGreaterThan(0);
    // examples/README.md lists these findings and why each is there.
    expect(result.findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column}`)).toEqual([
      "NR-EGR-001 examples/shop/k8s/namespace.yaml:1:1",
      "NR-EGR-001 examples/shop/k8s/networkpolicy.yaml:24:7",
      "NR-UPD-001 examples/shop/k8s/wordpress.yaml:30:18",
      "NR-CACHE-003 examples/shop/nginx/shop.conf:65:30",
      "NR-CACHE-001 examples/shop/nginx/shop.conf:68:9",
      "NR-CACHE-002 examples/shop/nginx/shop.conf:68:9",
      "NR-UPD-003 examples/shop/renovate.json5:35:14",
      "NR-EGR-004 examples/shop/terraform/main.tf:76:25",
      "NR-EGR-004 examples/shop/terraform/main.tf:77:25",
    ]);
  });

  it("is what the package's bin, a CommonJS loader, runs: the same output and exit", () => {
    const bin = (JSON.parse(readFileSync("package.json", "utf8")) as { bin: { norecur: string } }).bin.norecur;
    expect(bin).toBe("dist/cli.cjs");
    const args = ["check", "examples/shop", "--format", "json"];
    const viaBin = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
    const viaModule = spawnSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8" });
    expect([viaBin.status, viaBin.stderr]).toEqual([1, ""]);
    expect(viaBin.stdout).toBe(viaModule.stdout);
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("asks git a pre-commit run's three questions once, before the program loads, from a subdirectory too", () => {
    const cwd = makeTree({ "k8s/web.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n" });
    // A git on PATH that logs each command line, then runs the real one.
    const realGit = spawnSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).stdout.trim();
    const bin = makeTree({ git: `#!/bin/sh\necho "$*" >> "${cwd}/.git-calls"\nexec "${realGit}" "$@"\n` });
    chmodSync(join(bin, "git"), 0o755);
    const env = { ...process.env, PATH: `${bin}:${process.env["PATH"] ?? ""}` };
    const git = (...args: string[]) => spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], { cwd, env: process.env, encoding: "utf8" });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "first");
    writeFileSync(join(cwd, "k8s/web.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web2\n");
    git("add", "-A");
    const run = spawnSync(process.execPath, [resolve("dist/cli.cjs"), "check", "--staged", "--format", "json"], { cwd: join(cwd, "k8s"), env, encoding: "utf8" });
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect((JSON.parse(run.stdout) as { files: unknown[] }).files).toEqual([{ path: "web.yaml", format: "kubernetes", status: "evaluated" }]);
    expect(readFileSync(join(cwd, ".git-calls"), "utf8").trim().split("\n").sort()).toEqual([
      "--no-optional-locks ls-files -v -s -c -o -m -d --directory -z --full-name -- :/",
      "diff --cached --name-only -z --diff-filter=ACMR --relative",
      "rev-parse --show-toplevel --show-prefix",
    ]);
  });

  it("prints help and exits 2 without a command", () => {
    const run = spawnSync(process.execPath, ["dist/cli.js"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("Usage:");
  });

  it("loads the libraries it defers (HTML, TOML and JSON parsers, the schema validator) from dist/vendor", () => {
    const dir = makeTree({
      "public/index.html": '<!doctype html>\n<form action="/login" method="post"><input name="password" type="password"></form>\n',
      "netlify.toml": '[[headers]]\n  for = "/*"\n  [headers.values]\n    X-Frame-Options = "DENY"\n',
      "renovate.json": '{\n  "extends": ["config:recommended"],\n  "automerge": true\n}\n',
    });
    const run = spawnSync(process.execPath, [`${process.cwd()}/dist/cli.js`, "check", ".", "--format", "json"], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout) as { files: Array<{ path: string; status: string }>; findings: Array<{ policyId: string; file: string; range?: { line: number } }> };
    expect(result.files.map((f) => `${f.path} ${f.status}`)).toEqual(["netlify.toml evaluated", "public/index.html evaluated", "renovate.json evaluated"]);
    // Positions in JSON come from the deferred parser.
    expect(result.findings.filter((f) => f.file === "renovate.json").map((f) => `${f.policyId}:${f.range?.line}`)).toContain("NR-UPD-006:3");

    const configured = makeTree({ ".norecur.yml": "version: 1\nfail_on: high\n", "k8s/a.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n" });
    const refused = spawnSync(process.execPath, [`${process.cwd()}/dist/cli.js`, "check", "."], { cwd: configured, encoding: "utf8" });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(".norecur.yml:2:1");
  });

  it("checks a config and its params with the validators the build compiled, refusing as the sources do", () => {
    const configured = makeTree({ ".norecur.yml": "params:\n  NR-SHARE-004:\n    personalDataShares: 3\n", "k8s/a.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n" });
    const refused = spawnSync(process.execPath, [`${process.cwd()}/dist/cli.js`, "check", "."], { cwd: configured, encoding: "utf8" });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe("norecur: config error: .norecur.yml:3:25: params.NR-SHARE-004.personalDataShares: must be array\n");
    const accepted = makeTree({ ".norecur.yml": 'params:\n  NR-SHARE-004:\n    personalDataShares: ["*seminar*"]\n', "k8s/a.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n" });
    const run = spawnSync(process.execPath, [`${process.cwd()}/dist/cli.js`, "check", ".", "--format", "json"], { cwd: accepted, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect((JSON.parse(run.stdout) as { files: unknown[] }).files).toEqual([
      { path: ".norecur.yml", format: "yaml", status: "skipped", reason: "no active policy reads yaml files" },
      { path: "k8s/a.yaml", format: "kubernetes", status: "evaluated" },
    ]);
  });

  it("reports the same with YAML parsed on a second core as without", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      const image = i % 7 === 0 ? "nginx:latest" : "nginx:1.27.4";
      files[`k8s/web-${i}.yaml`] = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ${image}\n`;
    }
    files["k8s/broken.yaml"] = "apiVersion: v1\nkind: [unclosed\n";
    files["k8s/deep.yaml"] = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n  x: ${"[".repeat(300)}${"]".repeat(300)}\n`;
    files["k8s/empty-docs.yaml"] = "---\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n";
    const dir = makeTree(files);
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [`${process.cwd()}/dist/cli.js`, "check", ".", "--format", "json"], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env } });
    // From the first file, as a repository past the automatic threshold would be.
    const parallel = run({ NORECUR_PARALLEL: "1" });
    const single = run({ NORECUR_PARALLEL: "0" });
    expect(parallel.stderr).toBe("");
    expect(parallel.status).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    const result = JSON.parse(parallel.stdout) as { findings: Array<{ policyId: string; file: string }>; files: Array<{ path: string; status: string }> };
    expect(result.findings.filter((f) => f.policyId === "NR-UPD-001")).toHaveLength(43);
    expect(result.files.filter((f) => f.status === "errored").map((f) => f.path)).toEqual(["k8s/broken.yaml", "k8s/deep.yaml"]);
  });
});
