import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NorecurError } from "../../src/errors.js";
import { exitCodeFor } from "../../src/exit-code.js";
import { check } from "../../src/run.js";
import { entry, repo, settings, waiversFile } from "./setup.js";

const W = ".norecur/waivers.yml";

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
}

/** A git repository whose waivers file went through `versions`, one commit each. */
function history(...versions: string[]): string {
  const cwd = repo({ [W]: versions[0] ?? "" });
  git(cwd, "init", "-q");
  git(cwd, "add", "-A");
  git(cwd, "commit", "-q", "-m", "first");
  for (const text of versions.slice(1)) {
    writeFileSync(join(cwd, W), text);
    git(cwd, "commit", "-q", "-am", "change waivers");
  }
  return cwd;
}

const withExpiry = (expires: string, extra: Record<string, string> = {}): string => waiversFile(entry({ expires, ...extra }));

describe("waiver extensions against a base revision", () => {
  it("reports a moved expiry with how many times it has been extended, and fails without an approver", async () => {
    const cwd = history(withExpiry("2026-06-15"), withExpiry("2026-06-30"));
    writeFileSync(join(cwd, W), withExpiry("2026-07-20"));
    const result = await check(settings(cwd, { base: "HEAD" }));
    const extended = result.findings.filter((f) => f.policyId === "waiver-extended");
    expect(extended).toEqual([
      {
        policyId: "waiver-extended",
        severity: "medium",
        status: "fail",
        message:
          "Waiver for T-IMG-001 extended from 2026-06-30 to 2026-07-20 against HEAD (extended 2 times), owner alice@example.com; not approved: set approved-by (someone other than the owner) to accept it.",
        file: W,
        range: expect.objectContaining({ line: 3, column: 5 }),
        subject: `waiver T-IMG-001 ${W}:3`,
        incidents: ["docomo-nexia-2023-03"],
      },
    ]);
    expect(result.waivers.map((w) => [w.state, w.extensions])).toEqual([["active", 2]]);
    expect(exitCodeFor(result, { allowEmpty: false })).toBe(1);
  });

  it("turns an approved extension into a warning", async () => {
    const cwd = history(withExpiry("2026-06-15"));
    writeFileSync(join(cwd, W), withExpiry("2026-07-20", { "approved-by": "bob@example.com" }));
    const result = await check(settings(cwd, { base: "HEAD" }));
    expect(result.findings.map((f) => [f.policyId, f.status, f.message])).toEqual([
      [
        "waiver-extended",
        "unknown",
        "Waiver for T-IMG-001 extended from 2026-06-15 to 2026-07-20 against HEAD (first extension), owner alice@example.com; approved by bob@example.com.",
      ],
      ["T-IMG-001", "waived", "web uses nginx:latest"],
    ]);
    expect(exitCodeFor(result, { allowEmpty: false })).toBe(0);
  });

  it("reports a waiver re-added after it expired and was removed", async () => {
    const cwd = history(withExpiry("2026-05-20"), "version: 1\nwaivers: []\n");
    writeFileSync(join(cwd, W), withExpiry("2026-07-01"));
    const result = await check(settings(cwd, { base: "HEAD" }));
    expect(result.findings.filter((f) => f.policyId === "waiver-extended").map((f) => f.message)).toEqual([
      "Waiver for T-IMG-001 extended from 2026-05-20 to 2026-07-01 against HEAD (first extension), owner alice@example.com; not approved: set approved-by (someone other than the owner) to accept it.",
    ]);
  });

  it("reports nothing for an unchanged, shortened or new waiver", async () => {
    const cwd = history(withExpiry("2026-07-01"));
    expect((await check(settings(cwd, { base: "HEAD" }))).findings.map((f) => f.policyId)).toEqual(["T-IMG-001"]);
    writeFileSync(join(cwd, W), withExpiry("2026-06-20"));
    expect((await check(settings(cwd, { base: "HEAD" }))).findings.map((f) => f.policyId)).toEqual(["T-IMG-001"]);
    writeFileSync(join(cwd, W), waiversFile(entry({ paths: '["k8s/deploy.yaml"]', expires: "2026-08-01" })));
    expect((await check(settings(cwd, { base: "HEAD" }))).findings.map((f) => f.policyId)).toEqual(["T-IMG-001"]);
  });

  it("stops on a base revision that does not exist", async () => {
    const cwd = history(withExpiry("2026-07-01"));
    await expect(check(settings(cwd, { base: "no-such-branch" }))).rejects.toThrow(new NorecurError("usage", "--base no-such-branch: not a revision of this repository"));
  });

  it("says extensions were not checked outside a git repository", async () => {
    const cwd = repo({ [W]: withExpiry("2026-07-01") });
    const result = await check(settings(cwd, { base: "main" }));
    expect(result.findings.map((f) => [f.policyId, f.status, f.file, f.message])).toEqual([
      ["waiver-history-unavailable", "unknown", ".", "Waiver extensions were not checked against --base main: not a git repository (or git is not installed)."],
      ["T-IMG-001", "waived", "k8s/deploy.yaml", "web uses nginx:latest"],
    ]);
  });
});
