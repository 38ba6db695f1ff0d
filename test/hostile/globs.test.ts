import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

const DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - image: nginx:latest\n";
const NOW = new Date("2026-06-01T00:00:00Z");

describe("globs written in configs and on the command line", () => {
  it("match nested-quantifier shapes against long paths in linear time", async () => {
    const long = `k8s/${"a".repeat(200)}.yaml`;
    const root = makeTree({ ".norecur.yml": `ignore: ["${"*a".repeat(40)}*b", "{a,b}{c,d}/**/${"*a".repeat(20)}x"]\n`, [long]: DEPLOYMENT });
    const started = performance.now();
    const result = await check({ cwd: root, now: NOW });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.files.find((f) => f.path === long)?.status).toBe("evaluated");
  });

  it("refuse a config glob the matcher cannot read, naming file, line and key", async () => {
    const root = makeTree({ ".norecur.yml": 'ignore:\n  - "vendor/**"\n  - "k8s/@(a|b)/**"\n', "k8s/a.yaml": DEPLOYMENT });
    await expect(check({ cwd: root, now: NOW })).rejects.toThrow('.norecur.yml:3:5: ignore[1]: "k8s/@(a|b)/**": parentheses');
  });

  it("refuse a command-line glob the matcher cannot read as a usage error", async () => {
    const root = makeTree({ "k8s/a.yaml": DEPLOYMENT });
    await expect(check({ cwd: root, now: NOW, paths: ["k8s/{a"] })).rejects.toThrow("cannot use k8s/{a as a glob: unclosed '{'");
  });
});

describe("policy directories", () => {
  it("refuse a named directory that holds no policy, such as /etc", async () => {
    const root = makeTree({ "k8s/a.yaml": DEPLOYMENT });
    await expect(check({ cwd: root, now: NOW, policyDirs: ["/etc"] })).rejects.toThrow("no policy files in");
  });
});

describe("rules files", () => {
  it("refuse a config that is not a regular file instead of blocking on it", async () => {
    const { symlinkSync } = await import("node:fs");
    const { join } = await import("node:path");
    const root = makeTree({ "k8s/a.yaml": DEPLOYMENT });
    symlinkSync("/dev/zero", join(root, ".norecur.yml"));
    await expect(check({ cwd: root, now: NOW })).rejects.toThrow(".norecur.yml: cannot read: not a regular file");
  });
});
