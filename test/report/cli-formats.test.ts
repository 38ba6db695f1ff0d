import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { loadIncidents } from "../../src/policy/incidents.js";
import { DEPLOYMENT, POLICY } from "../helpers/fixtures.js";
import { commit, git, gitRepo } from "../git/repo.js";
import { captureIo, makeTree } from "../helpers/tree.js";
import { formatters } from "../../src/report/index.js";
import { withReportInputs, type ReportInputs } from "../../src/report/report-inputs.js";
import { finding, INCIDENTS, policy, runResult } from "./fixtures.js";
import { validateSarif } from "./sarif-schema.js";

async function run(cwd: string, ...argv: string[]) {
  const io = captureIo(cwd);
  const code = await main(argv, io, "0.0.0-test");
  return { code, out: io.stdout(), err: io.stderr() };
}

const tree = () => makeTree({ "policies/img.policy.yaml": POLICY, "k8s/deploy.yaml": DEPLOYMENT });

describe("norecur check --format sarif|markdown", () => {
  it("writes valid SARIF with the policy as a rule and the finding at its exact region", async () => {
    const { code, out } = await run(tree(), "check", "k8s", "--no-builtin", "--policies", "policies", "--format", "sarif");
    expect(code).toBe(1);
    const log = JSON.parse(out) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { markdown: string } }> } }; results: unknown[] }> };
    expect(validateSarif(log)).toEqual([]);
    const run0 = log.runs[0];
    expect(run0?.tool.driver.rules.map((r) => r.id)).toEqual(["T-IMG-001"]);
    // The catalogue entry the test policy cites is told in the rule's help.
    expect(run0?.tool.driver.rules[0]?.help.markdown).toContain("Form input cached by a WordPress cache plugin and shown to other visitors");
    expect(run0?.results).toEqual([
      expect.objectContaining({
        ruleId: "T-IMG-001",
        ruleIndex: 0,
        level: "warning",
        message: { text: "web uses nginx:latest" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "k8s/deploy.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 9, startColumn: 18, endLine: 9, endColumn: 30 } } }],
      }),
    ]);
  });

  it("writes the Markdown summary to --output instead of stdout", async () => {
    const root = tree();
    const { code, out } = await run(root, "check", "k8s", "--no-builtin", "--policies", "policies", "--format", "markdown", "--output", "reports/summary.md");
    expect(code).toBe(1);
    expect(out).toBe("");
    const text = readFileSync(join(root, "reports/summary.md"), "utf8");
    expect(text).toContain("**1 failing** (1 medium), 0 unknown, 0 waived; failing at low and above.");
    expect(text).toContain("| **medium** | T-IMG-001 | k8s/deploy.yaml:9:18 | web uses nginx:latest<br><sub>Incident: Form input cached by a WordPress cache plugin and shown to other visitors (2024-01-17/2024-02-05)</sub> | Pin it. |");
  });
});

describe("norecur check --format github", () => {
  it("prints the annotation as a workflow command, then the text report", async () => {
    const { code, out } = await run(tree(), "check", "k8s", "--no-builtin", "--policies", "policies", "--format", "github");
    expect(code).toBe(1);
    expect(out.startsWith("::warning file=k8s/deploy.yaml,line=9,endLine=9,col=18,endColumn=30,title=T-IMG-001%3A Images are pinned::web uses nginx:latest\nk8s/deploy.yaml\n")).toBe(true);
    expect(out).toContain("Findings: 1 (1 medium)");
  });
});

describe("norecur check --format junit", () => {
  it("reports the failing finding as a failure of the policy's suite", async () => {
    const { code, out } = await run(tree(), "check", "k8s", "--no-builtin", "--policies", "policies", "--format", "junit");
    expect(code).toBe(1);
    expect(out).toContain(`<testsuite name="T-IMG-001: Images are pinned" tests="1" failures="1" errors="0" skipped="0">`);
    expect(out).toContain(`<failure message="web uses nginx:latest" type="medium">k8s/deploy.yaml:9:18: web uses nginx:latest</failure>`);
  });
});

describe("reports of the example shop with the built-in policies", () => {
  it("are valid SARIF whose rules tell each cited incident from the catalogue", async () => {
    const { out } = await run(process.cwd(), "check", "examples/shop", "--format", "sarif");
    const log = JSON.parse(out) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { markdown: string }; properties: { tags: string[] } }> } }; results: Array<{ ruleId: string; ruleIndex: number }> }> };
    expect(validateSarif(log)).toEqual([]);
    const run0 = log.runs[0];
    const rules = run0?.tool.driver.rules ?? [];
    expect(run0?.results.length).toBeGreaterThan(0);
    for (const result of run0?.results ?? []) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    const catalogue = loadIncidents();
    for (const rule of rules.filter((r) => r.id.startsWith("NR-"))) {
      const cited = rule.properties.tags.filter((t) => catalogue.has(t));
      expect(cited.length, rule.id).toBeGreaterThan(0);
      for (const id of cited) expect(rule.help.markdown, `${rule.id} ${id}`).toContain(catalogue.get(id)?.title.replace(/\s+/g, " ").replace(/</g, "&lt;").replace(/\|/g, "\\|"));
    }
  });
});

describe("norecur check --base with SARIF and Markdown", () => {
  const withRedis = `${DEPLOYMENT}        - image: redis:latest\n          name: cache\n`;
  const feature = (): string => {
    const cwd = gitRepo({ "policies/img.policy.yaml": POLICY, "k8s/deploy.yaml": DEPLOYMENT });
    git(cwd, "checkout", "-q", "-b", "feature");
    commit(cwd, { "k8s/deploy.yaml": withRedis });
    return cwd;
  };
  const ARGS = ["k8s", "--no-builtin", "--policies", "policies", "--base", "main"];

  it("lists the new finding first in the Markdown summary", async () => {
    const { out } = await run(feature(), "check", ...ARGS, "--format", "markdown");
    expect(out).toContain("Compared with the base revision: 1 new, 1 existing, 0 fixed.");
    const fresh = out.indexOf("### New findings (1)");
    expect(fresh).toBeGreaterThan(0);
    expect(out.indexOf("k8s/deploy.yaml:11:18")).toBeGreaterThan(fresh);
    expect(out.indexOf("### Existing findings (1)")).toBeGreaterThan(out.indexOf("k8s/deploy.yaml:11:18"));
  });

  it("annotates findings on the changed lines first", async () => {
    const { out } = await run(feature(), "check", ...ARGS, "--format", "github");
    expect(out.split("\n").filter((l) => l.startsWith("::")).map((l) => l.replace(/,.*/, ""))).toEqual(["::warning file=k8s/deploy.yaml", "::warning file=k8s/deploy.yaml"]);
    expect(out.indexOf("line=11,")).toBeLessThan(out.indexOf("line=9,"));
  });

  it("marks SARIF results new or unchanged", async () => {
    const { out } = await run(feature(), "check", ...ARGS, "--format", "sarif");
    const log = JSON.parse(out) as { runs: Array<{ results: Array<{ message: { text: string }; baselineState: string }> }> };
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]?.results.map((r) => [r.message.text, r.baselineState])).toEqual([
      ["web uses nginx:latest", "unchanged"],
      ["cache uses redis:latest", "new"],
    ]);
  });
});

describe("the policies a report describes", () => {
  const throwing = (): ReportInputs =>
    Object.defineProperty({ incidents: INCIDENTS, version: "1.2.3", sourceLine: () => undefined }, "policies", {
      enumerable: true,
      get: () => {
        throw new Error("policies loaded again");
      },
    }) as unknown as ReportInputs;

  it("are the ones the result names: the inputs' own are not read", () => {
    const result = runResult([finding()], { policies: [policy()] });
    for (const format of ["sarif", "markdown", "junit", "github"]) {
      const out = formatters[format]?.(result, { color: false, report: throwing() }) ?? "";
      expect(out).toContain("NR-CACHE-001");
    }
  });

  it("are the inputs' own for a result that names none", () => {
    const result = runResult([finding()]);
    expect(() => formatters["sarif"]?.(result, { color: false, report: throwing() })).toThrow("policies loaded again");
  });

  it("are laid over without reading what they replace", () => {
    const laid = withReportInputs(throwing(), { policies: [policy({ id: "NR-X-001" })], changedLines: new Map() });
    expect(laid.policies.map((p) => p.id)).toEqual(["NR-X-001"]);
    expect(laid.version).toBe("1.2.3");
    expect(laid.changedLines).toEqual(new Map());
  });

  it("stop a SARIF run on a malformed policy with file, line and key, as any run", async () => {
    const root = makeTree({ "policies/img.policy.yaml": POLICY.replace("severity: medium", "severity: medium\nseverty: high"), "k8s/deploy.yaml": DEPLOYMENT });
    const { code, err, out } = await run(root, "check", "k8s", "--no-builtin", "--policies", "policies", "--format", "sarif");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe('norecur: policy error: policies/img.policy.yaml:4:10: severty: unknown key "severty"\n');
  });
});
