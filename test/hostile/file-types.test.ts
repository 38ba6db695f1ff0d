import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import type { RunResult } from "../../src/types.js";
import { makeTree } from "../helpers/tree.js";

const DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - image: nginx:latest\n";
const NOW = new Date("2026-06-01T00:00:00Z");
const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

function reasons(result: RunResult): Record<string, string> {
  return Object.fromEntries(result.files.map((f) => [f.path, f.reason ?? f.status]));
}

function expectListedOnce(result: RunResult): void {
  const paths = result.files.map((f) => f.path);
  expect(paths.length).toBe(new Set(paths).size);
}

const hasMkfifo = (() => {
  try {
    execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const isRoot = process.getuid?.() === 0;

describe("only regular files inside the root are read", () => {
  it.skipIf(!hasMkfifo)("skips FIFOs, sockets and devices with a reason, directly, through symlinks and as .gitignore", async () => {
    const root = makeTree({ "deploy.yaml": DEPLOYMENT, "nginx/nginx.conf": "events {}\n", "sub/ok.yaml": DEPLOYMENT });
    execFileSync("mkfifo", [join(root, "pipe.yaml")]);
    symlinkSync(join(root, "pipe.yaml"), join(root, "via-link.yaml"));
    execFileSync("mkfifo", [join(root, "sub", ".gitignore")]);
    symlinkSync("/dev/zero", join(root, ".gitignore"));
    symlinkSync("/dev/zero", join(root, "zero.yaml"));
    const server = createServer();
    servers.push(server);
    await new Promise<void>((done) => server.listen(join(root, "socket.yaml"), done));

    const result = await check({ cwd: root, now: NOW, builtin: true, config: false });
    expectListedOnce(result);
    expect(reasons(result)).toMatchObject({
      "deploy.yaml": "evaluated",
      "sub/ok.yaml": "evaluated",
      "pipe.yaml": "not a regular file (FIFO)",
      "via-link.yaml": "not a regular file (FIFO)",
      "sub/.gitignore": "not a regular file (FIFO)",
      ".gitignore": "symlink points outside the scan root",
      "zero.yaml": "symlink points outside the scan root",
      "socket.yaml": "not a regular file (socket)",
    });
  }, 30_000);

  it("never follows a symlink out of the root, in the tree or named on the command line", async () => {
    const root = makeTree({ "deploy.yaml": DEPLOYMENT });
    mkdirSync(join(root, "nginx"));
    symlinkSync("/etc/passwd", join(root, "nginx", "nginx.conf"));
    symlinkSync("/etc", join(root, "etc-link"));
    const whole = await check({ cwd: root, now: NOW, config: false });
    expectListedOnce(whole);
    expect(reasons(whole)).toMatchObject({
      "nginx/nginx.conf": "symlink points outside the scan root",
      "etc-link": "symlink points outside the scan root",
      "deploy.yaml": "evaluated",
    });
    const named = await check({ cwd: root, now: NOW, config: false, paths: ["nginx/nginx.conf", "etc-link"] });
    expect(reasons(named)).toEqual({ "nginx/nginx.conf": "symlink points outside the scan root", "etc-link": "symlink points outside the scan root" });
  });

  it("skips a file over the configured size limit with the reason", async () => {
    const big = `${DEPLOYMENT}# ${"x".repeat(4096)}\n`;
    const root = makeTree({ ".norecur.yml": "max-file-size: 2048\n", "deploy.yaml": DEPLOYMENT, "big.yaml": big });
    const result = await check({ cwd: root, now: NOW });
    expect(reasons(result)).toMatchObject({
      "deploy.yaml": "evaluated",
      "big.yaml": `cannot read: larger than the size limit (${Buffer.byteLength(big)} > 2048 bytes, config max-file-size)`,
    });
  });

  it("reads a file of exactly the size limit, and one larger than the read buffer in full", async () => {
    const pad = (text: string, bytes: number): string => `${text}# ${"x".repeat(bytes - Buffer.byteLength(text) - 3)}\n`;
    const limit = 2 * 1024 * 1024;
    // Past the first mebibyte discovery reads into its buffer, and with a finding at the end.
    const long = `${pad(DEPLOYMENT.replace("name: web", "name: long"), 1024 * 1024 + 10)}---\n${DEPLOYMENT}`;
    const root = makeTree({ ".norecur.yml": `max-file-size: ${limit}\n`, "exact.yaml": pad(DEPLOYMENT, limit), "over.yaml": pad(DEPLOYMENT, limit + 1), "long.yaml": long });
    const result = await check({ cwd: root, now: NOW });
    expect(reasons(result)).toMatchObject({
      "exact.yaml": "evaluated",
      "long.yaml": "evaluated",
      "over.yaml": `cannot read: larger than the size limit (${limit + 1} > ${limit} bytes, config max-file-size)`,
    });
    const lines = result.findings.filter((f) => f.file === "long.yaml" && f.policyId !== "parse-error").map((f) => f.range?.line);
    expect(lines).toContain(long.split("\n").length - 1);
  });

  it("treats a .gitignore that is a directory as a directory", async () => {
    const root = makeTree({ "deploy.yaml": DEPLOYMENT, ".gitignore/inner.yaml": DEPLOYMENT });
    const result = await check({ cwd: root, now: NOW, config: false });
    expectListedOnce(result);
    expect(reasons(result)).toMatchObject({ "deploy.yaml": "evaluated", ".gitignore/inner.yaml": "evaluated" });
  });

  it.skipIf(isRoot)("lists unreadable directories and files with the reason instead of crashing", async () => {
    const root = makeTree({ "deploy.yaml": DEPLOYMENT, "locked/a.yaml": DEPLOYMENT, "secret.yaml": DEPLOYMENT, "sub/.gitignore": "x\n" });
    chmodSync(join(root, "locked"), 0o000);
    chmodSync(join(root, "secret.yaml"), 0o000);
    chmodSync(join(root, "sub", ".gitignore"), 0o000);
    try {
      const result = await check({ cwd: root, now: NOW, config: false });
      expectListedOnce(result);
      expect(reasons(result)).toMatchObject({
        "deploy.yaml": "evaluated",
        "locked/": "cannot read directory: permission denied (EACCES)",
        "secret.yaml": "cannot read: permission denied (EACCES)",
      });
    } finally {
      chmodSync(join(root, "locked"), 0o755);
    }
  });
});
