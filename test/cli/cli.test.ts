import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { DEPLOYMENT, POLICY as IMAGE_POLICY } from "../helpers/fixtures.js";
import { captureIo, makeTree } from "../helpers/tree.js";

/** The shared test policy, with a fixture case for `norecur test`. */
const POLICY = `${IMAGE_POLICY}tests:
  - name: latest fails
    root: fixtures/fail
    expect: ["deploy.yaml:9:18"]
`;

async function run(cwd: string, ...argv: string[]) {
  const io = captureIo(cwd);
  const code = await main(argv, io, "0.0.0-test");
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("norecur check", () => {
  it("reports a finding at the exact value and exits 1", async () => {
    const root = makeTree({ "policies/img.policy.yaml": POLICY, "k8s/deploy.yaml": DEPLOYMENT });
    const { code, out } = await run(root, "check", "k8s", "--no-builtin", "--policies", "policies");
    expect(code).toBe(1);
    expect(out).toContain("k8s/deploy.yaml\n  9:18     medium   T-IMG-001    web uses nginx:latest");
    expect(out).toContain("Files: 1 evaluated, 0 skipped, 0 errored");
  });

  it("lets --fail-on raise the threshold", async () => {
    const root = makeTree({ "policies/img.policy.yaml": POLICY, "k8s/deploy.yaml": DEPLOYMENT });
    expect((await run(root, "check", "k8s", "--no-builtin", "--policies", "policies", "--fail-on", "high")).code).toBe(0);
  });

  it("turns malformed YAML into a positioned parse-error finding", async () => {
    const root = makeTree({ "policies/img.policy.yaml": POLICY, "k8s/bad.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n" });
    const { code, out } = await run(root, "check", "k8s", "--no-builtin", "--policies", "policies", "--format", "json");
    expect(code).toBe(1);
    const result = JSON.parse(out) as { files: unknown[]; findings: Array<{ policyId: string; file: string; range: { line: number } }> };
    expect(result.files).toEqual([{ path: "k8s/bad.yaml", format: "kubernetes", status: "errored", reason: expect.any(String) }]);
    expect(result.findings.map((f) => [f.policyId, f.file, f.range.line])).toEqual([["parse-error", "k8s/bad.yaml", 5]]);
  });

  it("exits 3 when nothing was checked, unless --allow-empty", async () => {
    const root = makeTree({ "policies/img.policy.yaml": POLICY, "docs/readme.md": "# hi" });
    const empty = await run(root, "check", "docs", "--no-builtin", "--policies", "policies");
    expect(empty.code).toBe(3);
    expect(empty.out).toContain("Nothing was checked");
    expect((await run(root, "check", "docs", "--no-builtin", "--policies", "policies", "--allow-empty")).code).toBe(0);
  });

  it("rejects an unknown flag with exit 2", async () => {
    const { code, err } = await run(makeTree({}), "check", "--bogus");
    expect(code).toBe(2);
    expect(err).toContain("norecur: usage error: Unknown option '--bogus'");
  });

  it("rejects a bad --fail-on and --format", async () => {
    expect((await run(makeTree({}), "check", "--fail-on", "severe")).err).toContain("--fail-on must be one of info, low, medium, high, critical");
    expect((await run(makeTree({}), "check", "--format", "xml")).err).toContain("--format must be one of github, json, junit, markdown, sarif, text");
  });

  it("stops on a malformed policy with file, line and key", async () => {
    const broken = POLICY.replace("severity: medium", "severity: medium\nseverty: high");
    const root = makeTree({ "policies/img.policy.yaml": broken, "k8s/deploy.yaml": DEPLOYMENT });
    const { code, err } = await run(root, "check", "k8s", "--no-builtin", "--policies", "policies");
    expect(code).toBe(2);
    expect(err).toBe('norecur: policy error: policies/img.policy.yaml:4:10: severty: unknown key "severty"\n');
  });

  it("stops on invalid CEL in a policy with its position", async () => {
    const broken = POLICY.replace("subject.image.matches(':[^/:]+$') && ", "subject.image.matches(:");
    const root = makeTree({ "policies/img.policy.yaml": broken, "k8s/deploy.yaml": DEPLOYMENT });
    const { code, err } = await run(root, "check", "k8s", "--no-builtin", "--policies", "policies");
    expect(code).toBe(2);
    expect(err).toMatch(/^norecur: policy error: policies\/img\.policy\.yaml:13:10: assert\[0\]\.cel: invalid CEL: /);
  });

  it("stops on a malformed config with file, line and key", async () => {
    const root = makeTree({ ".norecur.yml": "fail-on: severe\nignore: [vendor/**]\n", "k8s/deploy.yaml": DEPLOYMENT });
    const { code, err } = await run(root, "check", "k8s");
    expect(code).toBe(2);
    expect(err).toContain(".norecur.yml:1:10: fail-on: must be one of");
  });

  it("stops on a config that overrides a param the policy does not have", async () => {
    const root = makeTree({
      ".norecur.yml": "params:\n  T-IMG-001:\n    tagz: []\n",
      "policies/img.policy.yaml": POLICY,
      "k8s/deploy.yaml": DEPLOYMENT,
    });
    const { code, err } = await run(root, "check", "k8s", "--no-builtin", "--policies", "policies");
    expect(code).toBe(2);
    expect(err).toContain('.norecur.yml:3:11: params.T-IMG-001: policy has no param "tagz"');
  });

  it("disables policies from the config", async () => {
    const root = makeTree({
      ".norecur.yml": "disable:\n  - id: T-IMG-001\n    reason: migrating registries until Q3\n",
      "policies/img.policy.yaml": POLICY,
      "k8s/deploy.yaml": DEPLOYMENT,
    });
    const { code } = await run(root, "check", "k8s", "--no-builtin", "--policies", "policies", "--allow-empty");
    expect(code).toBe(0);
  });
});

describe("norecur test", () => {
  it("passes when the fixtures produce exactly the expected findings", async () => {
    const root = makeTree({ "p/img.policy.yaml": POLICY, "p/fixtures/fail/deploy.yaml": DEPLOYMENT });
    const { code, out } = await run(root, "test", "p");
    expect(out).toContain("✓ T-IMG-001 (1 case)");
    expect(code).toBe(0);
  });

  it("fails with a readable diff on a wrong expectation", async () => {
    const wrong = POLICY.replace('expect: ["deploy.yaml:9:18"]', 'expect: ["deploy.yaml:9:17"]');
    const root = makeTree({ "p/img.policy.yaml": wrong, "p/fixtures/fail/deploy.yaml": DEPLOYMENT });
    const { code, out } = await run(root, "test", "p");
    expect(code).toBe(1);
    expect(out).toContain("✗ T-IMG-001 › latest fails  [p/fixtures/fail]");
    expect(out).toContain("- expected, not produced: T-IMG-001 deploy.yaml:9:17");
    expect(out).toContain('+ produced, not expected: T-IMG-001 deploy.yaml:9:18  "web uses nginx:latest"');
    expect(out).toContain("0 passed, 1 failed");
  });
});
