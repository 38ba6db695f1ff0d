import { describe, expect, it } from "vitest";
import { NorecurError } from "../../src/errors.js";
import { exitCodeFor } from "../../src/exit-code.js";
import { formatJson } from "../../src/report/json.js";
import { formatText } from "../../src/report/text.js";
import { check } from "../../src/run.js";
import { entry, repo, settings, waiversFile } from "./setup.js";

const W = ".norecur/waivers.yml";

async function run(waivers: string, extra: Record<string, string> = {}) {
  const cwd = repo({ [W]: waivers, ...extra });
  return check(settings(cwd));
}

async function configError(waivers: string, extra: Record<string, string> = {}): Promise<string> {
  const error = await run(waivers, extra).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NorecurError);
  expect((error as NorecurError).code).toBe("config");
  return (error as NorecurError).message;
}

describe("waivers file", () => {
  it("waives a covered finding with owner, reason and days left, and does not fail the build", async () => {
    const result = await run(waiversFile(entry({ ticket: "https://tracker.example.com/SEC-12" })));
    expect(result.findings).toEqual([
      expect.objectContaining({
        policyId: "T-IMG-001",
        status: "waived",
        file: "k8s/deploy.yaml",
        waiver: {
          owner: "alice@example.com",
          reason: "vendor image, pinned upstream",
          expires: "2026-07-01",
          daysLeft: 30,
          source: ".norecur/waivers.yml:3",
          ticket: "https://tracker.example.com/SEC-12",
        },
      }),
    ]);
    expect(result.summary.waived).toBe(1);
    expect(result.summary.failures.medium).toBe(0);
    expect(exitCodeFor(result, { allowEmpty: false })).toBe(0);
    expect(result.waivers.map((w) => [w.state, w.daysLeft, w.matched])).toEqual([["active", 30, 1]]);
    const text = formatText(result, { color: false });
    expect(text).toContain("  9:18     waived   T-IMG-001    web uses nginx:latest\n");
    expect(text).toContain("waived by alice@example.com until 2026-07-01 (30 days left): vendor image, pinned upstream [.norecur/waivers.yml:3]");
    expect(text).not.toContain("Waivers expiring soon");
    const json = JSON.parse(formatJson(result)) as { findings: Array<{ waiver?: { daysLeft: number } }>; waivers: Array<{ state: string; waiver: { owner: string; file: string } }> };
    expect(json.findings[0]?.waiver?.daysLeft).toBe(30);
    expect(json.waivers.map((w) => [w.state, w.waiver.owner, w.waiver.file])).toEqual([["active", "alice@example.com", ".norecur/waivers.yml"]]);
  });

  it("matches by subject id or glob", async () => {
    const exact = await run(waiversFile(entry({ paths: undefined, subject: '"Deployment/web#spec.template.spec.containers[0]"' })));
    expect(exact.findings.map((f) => f.status)).toEqual(["waived"]);
    const hit = await run(waiversFile(entry({ paths: undefined, subject: '"Deployment/web#*"' })));
    expect(hit.findings.map((f) => f.status)).toEqual(["waived"]);
    const miss = await run(waiversFile(entry({ paths: undefined, subject: '"Deployment/api#*"' })));
    expect(miss.findings.map((f) => [f.policyId, f.status])).toEqual([
      ["waiver-stale", "unknown"],
      ["T-IMG-001", "fail"],
    ]);
  });

  it("lists a waiver inside the warning window as expiring in the summary", async () => {
    const result = await run(waiversFile(entry({ expires: "2026-06-10" })));
    expect(result.waivers.map((w) => [w.state, w.daysLeft])).toEqual([["expiring", 9]]);
    expect(result.findings.map((f) => f.status)).toEqual(["waived"]);
    expect(formatText(result, { color: false })).toContain(
      "Waivers expiring soon: 1\n  T-IMG-001 9 days left (2026-06-10), owner alice@example.com, .norecur/waivers.yml:3\n",
    );
  });

  it("still waives on the last day", async () => {
    const result = await run(waiversFile(entry({ expires: "2026-06-01" })));
    expect(result.findings.map((f) => [f.status, f.waiver?.daysLeft])).toEqual([["waived", 0]]);
  });

  it("stops waiving once expired: the finding fails again and the waiver is reported at its position", async () => {
    const result = await run(waiversFile(entry({ expires: "2026-05-28" })));
    expect(result.findings.map((f) => [f.policyId, f.status, f.severity, f.file, f.range?.line, f.range?.column])).toEqual([
      ["waiver-expired", "fail", "medium", ".norecur/waivers.yml", 3, 5],
      ["T-IMG-001", "fail", "medium", "k8s/deploy.yaml", 9, 18],
    ]);
    expect(result.findings[0]?.message).toBe(
      "Waiver for T-IMG-001 expired 4 days ago (2026-05-28), owner alice@example.com: the 1 finding it covered fail again: fix them, or renew the waiver deliberately.",
    );
    expect(result.waivers.map((w) => [w.state, w.daysLeft, w.matched])).toEqual([["expired", -4, 1]]);
    expect(exitCodeFor(result, { allowEmpty: false })).toBe(1);
  });

  it("reports a waiver that matches nothing as stale, without failing on it", async () => {
    const result = await run(waiversFile(entry({ paths: '["other/**"]' })));
    const stale = result.findings.find((f) => f.policyId === "waiver-stale");
    expect(stale).toEqual({
      policyId: "waiver-stale",
      severity: "low",
      status: "unknown",
      message: "Waiver for T-IMG-001 (owner alice@example.com, 30 days left) matched no finding: delete it so dead exceptions do not pile up.",
      file: ".norecur/waivers.yml",
      range: expect.objectContaining({ line: 3, column: 5 }),
      subject: "waiver T-IMG-001 .norecur/waivers.yml:3",
      incidents: ["docomo-nexia-2023-03"],
    });
    expect(result.waivers.map((w) => w.state)).toEqual(["stale"]);
    expect(result.summary.unknown).toBe(1);
  });

  it("rejects an expiry beyond the maximum horizon, unless the config widens it", async () => {
    expect(await configError(waiversFile(entry({ expires: "2026-12-31" })))).toBe(
      ".norecur/waivers.yml:7:14: waivers[0].expires: 2026-12-31 is 213 days away, beyond the maximum horizon of 90 days",
    );
    const cwd = repo({ [W]: waiversFile(entry({ expires: "2026-12-31" })), ".norecur.yml": "waivers:\n  max-horizon-days: 365\n" });
    expect((await check(settings(cwd))).findings.map((f) => f.status)).toEqual(["waived"]);
  });

  it("rejects missing required fields with file, line and key", async () => {
    expect(await configError(waiversFile(entry({ owner: undefined })))).toBe(".norecur/waivers.yml:3:5: waivers[0]: must have required property 'owner'");
    expect(await configError(waiversFile(entry({ reason: undefined, expires: undefined })))).toBe(
      ".norecur/waivers.yml:3:5: waivers[0]: must have required property 'reason'\n.norecur/waivers.yml:3:5: waivers[0]: must have required property 'expires'",
    );
  });

  it("rejects dates in the wrong format or that do not exist", async () => {
    expect(await configError(waiversFile(entry({ expires: "31/12/2026" })))).toBe(
      '.norecur/waivers.yml:7:14: waivers[0].expires: must match pattern "^\\d{4}-\\d{2}-\\d{2}$"',
    );
    expect(await configError(waiversFile(entry({ expires: "2026-02-30" })))).toBe('.norecur/waivers.yml:7:14: waivers[0].expires: "2026-02-30" is not a date (YYYY-MM-DD)');
  });

  it("rejects a waiver for a policy that is not waivable, in the policy or in the config", async () => {
    const { POLICY } = await import("../helpers/fixtures.js");
    const strict = POLICY.replace("remediation:", "waivable: false\nremediation:");
    expect(await configError(waiversFile(entry()), { "policies/img.policy.yaml": strict })).toBe(
      ".norecur/waivers.yml:3:13: waivers[0].policy: policy T-IMG-001 is not waivable: fix the finding instead",
    );
    expect(await configError(waiversFile(entry()), { ".norecur.yml": "waivers:\n  non-waivable: [T-IMG-001]\n" })).toBe(
      ".norecur/waivers.yml:3:13: waivers[0].policy: policy T-IMG-001 is not waivable: fix the finding instead",
    );
  });

  it("rejects a path glob the matcher refuses, with file, line and key", async () => {
    expect(await configError(waiversFile(entry({ paths: '["k8s/@(a|b).yaml"]' })))).toBe(
      '.norecur/waivers.yml:4:12: waivers[0].paths: "k8s/@(a|b).yaml": parentheses (extglobs such as @(a|b)) are not supported; use {a,b}, or escape them as \\( \\)',
    );
  });

  it("matches a nested-quantifier glob against a long path in linear time", async () => {
    const name = `k8s/${"a".repeat(200)}.yaml`;
    const { DEPLOYMENT } = await import("../helpers/fixtures.js");
    const cwd = repo({ [W]: waiversFile(entry({ paths: `["${"*a".repeat(30)}*b"]` })), [name]: DEPLOYMENT });
    const started = performance.now();
    const result = await check(settings(cwd));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.findings.map((f) => [f.policyId, f.status])).toContainEqual(["T-IMG-001", "fail"]);
  });

  it("rejects unscoped and match-everything waivers unless global waivers are allowed", async () => {
    expect(await configError(waiversFile(entry({ paths: undefined })))).toBe(
      ".norecur/waivers.yml:3:13: waivers[0].policy: a waiver needs a `paths` or `subject` scope (global waivers are off: waivers.allow-global)",
    );
    expect(await configError(waiversFile(entry({ paths: '["**"]' })))).toBe(
      '.norecur/waivers.yml:4:12: waivers[0].paths: "**" matches every file (global waivers are off: waivers.allow-global)',
    );
    const cwd = repo({ [W]: waiversFile(entry({ paths: undefined })), ".norecur.yml": "waivers:\n  allow-global: true\n" });
    expect((await check(settings(cwd))).findings.map((f) => f.status)).toEqual(["waived"]);
  });

  it("rejects a waiver for an unknown policy, and an unknown id in non-waivable", async () => {
    expect(await configError(waiversFile(entry({ policy: "T-IMG-002" })))).toBe('.norecur/waivers.yml:3:13: waivers[0].policy: unknown policy "T-IMG-002"');
    expect(await configError(waiversFile(entry()), { ".norecur.yml": "waivers:\n  non-waivable: [T-NOPE-001]\n" })).toBe(
      '.norecur.yml:2:18: waivers.non-waivable[0]: unknown policy "T-NOPE-001"',
    );
  });

  it("reads the waivers file the config names, which must exist", async () => {
    const cwd = repo({ "security/exceptions.yml": waiversFile(entry()), ".norecur.yml": "waivers:\n  file: security/exceptions.yml\n" });
    const result = await check(settings(cwd));
    expect(result.findings.map((f) => [f.status, f.waiver?.source])).toEqual([["waived", "security/exceptions.yml:3"]]);
    expect(await configError("", { ".norecur.yml": "waivers:\n  file: missing.yml\n" })).toBe("waivers file not found: missing.yml");
  });

  it("runs without waivers when there is no waivers file", async () => {
    const result = await check(settings(repo({})));
    expect(result.waivers).toEqual([]);
    expect(result.findings.map((f) => f.status)).toEqual(["fail"]);
  });
});
