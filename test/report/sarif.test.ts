import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findingFingerprint } from "../../src/diff/fingerprint.js";
import { toSarif, type SarifContext } from "../../src/report/sarif.js";
import { SEVERITIES, type Finding, type Range } from "../../src/types.js";
import { finding, INCIDENTS, policy, repositoryLevel, runResult } from "./fixtures.js";
import { validateSarif } from "./sarif-schema.js";

const LINES: Record<string, string[]> = { "wp-content/wp-cache-config.php": Array.from({ length: 20 }, (_, i) => `line ${i + 1}`) };
const context: SarifContext = {
  policies: [policy()],
  incidents: INCIDENTS,
  version: "1.2.3",
  sourceLine: (file, line) => LINES[file]?.[line - 1],
  informationUri: "https://example.org/norecur",
};
type Run = { tool: { driver: { rules: Array<Record<string, unknown>> } }; results: Array<Record<string, unknown>> };
const firstRun = (log: ReturnType<typeof toSarif>): Run => log.runs[0] as unknown as Run;

describe("toSarif", () => {
  it("describes each policy as a rule with help, tags, security-severity and level", () => {
    const rule = firstRun(toSarif(runResult([]), context)).tool.driver.rules[0];
    expect(rule).toEqual({
      id: "NR-CACHE-001",
      name: "FormPagesAreNeverStoredInAPageCache",
      shortDescription: { text: "Form pages are never stored in a page cache" },
      fullDescription: { text: "A cached form page shows one visitor's input to the next. Exclude form pages." },
      help: {
        text: [
          "Form pages are never stored in a page cache",
          "",
          "A cached form page shows one visitor's input to the next.\n\nExclude form pages.",
          "",
          "Incident tokyo-theatre-2024-02: Form input cached by a WordPress cache plugin and shown to other visitors",
          "Input typed into forms was shown to other visitors for 19 days.",
          "Lesson: Form pages stay out of every cache.",
          "",
          "Fix: Add the form pages to `rejected_uri`.",
          "",
          "Before:",
          "rejected_uri: []",
          "",
          "After:",
          "rejected_uri: ['/contact/']",
          "",
          "References:",
          "- https://example.org/cache-docs",
        ].join("\n"),
        markdown: [
          "**Form pages are never stored in a page cache**",
          "",
          "A cached form page shows one visitor's input to the next.\n\nExclude form pages.",
          "",
          "#### Incidents",
          "",
          "- **Form input cached by a WordPress cache plugin and shown to other visitors** (2024-01-17/2024-02-05): Input typed into forms was shown to other visitors for 19 days.",
          "  *Lesson:* Form pages stay out of every cache.",
          "",
          "#### Fix",
          "",
          "Add the form pages to `rejected_uri`.",
          "",
          "Before:",
          "",
          "```\nrejected_uri: []\n```",
          "",
          "After:",
          "",
          "```\nrejected_uri: ['/contact/']\n```",
          "",
          "#### References",
          "",
          "- https://example.org/cache-docs",
        ].join("\n"),
      },
      helpUri: "https://example.org/cache-docs",
      defaultConfiguration: { level: "error" },
      properties: {
        tags: ["security", "tokyo-theatre-2024-02", "ISO/IEC 27001:2022 A.8.12"],
        "security-severity": "9.5",
        precision: "high",
        "problem.severity": "error",
      },
    });
  });

  it.each([
    ["critical", "9.5", "error"],
    ["high", "8.0", "error"],
    ["medium", "5.5", "warning"],
    ["low", "3.0", "warning"],
    ["info", "0.0", "note"],
  ] as const)("maps severity %s to security-severity %s and level %s", (severity, score, level) => {
    const log = toSarif(runResult([finding({ severity })]), { ...context, policies: [policy({ severity })] });
    const run = firstRun(log);
    expect(run.tool.driver.rules[0]?.["properties"]).toMatchObject({ "security-severity": score });
    expect(run.tool.driver.rules[0]?.["defaultConfiguration"]).toEqual({ level });
    expect(run.results[0]?.["level"]).toBe(level);
  });

  it("writes a failing finding with its region, fingerprint and rule index", () => {
    const f = finding();
    const run = firstRun(toSarif(runResult([f]), context));
    expect(run.results).toEqual([
      {
        ruleId: "NR-CACHE-001",
        ruleIndex: 0,
        level: "error",
        message: { text: "/contact/ is cached" },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: "wp-content/wp-cache-config.php", uriBaseId: "%SRCROOT%" },
              region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 30 },
            },
          },
        ],
        partialFingerprints: { "norecurFingerprint/v1": findingFingerprint(f, "line 12") },
        properties: { severity: "critical", status: "fail", subject: "wp-super-cache", incidents: ["tokyo-theatre-2024-02"] },
      },
    ]);
  });

  it("keeps a fingerprint when the finding moves to another line with the same text", () => {
    const at = (line: number, text: string) =>
      firstRun(toSarif(runResult([finding({ range: { line, column: 1, endLine: line, endColumn: 2 } })]), { ...context, sourceLine: () => text })).results[0]?.["partialFingerprints"];
    expect(at(3, "  cache: on")).toEqual(at(40, "cache:   on"));
    expect(at(3, "cache: on")).not.toEqual(at(3, "cache: off"));
  });

  it("reports unknown findings as warnings that say they could not be decided", () => {
    const run = firstRun(toSarif(runResult([finding({ status: "unknown", message: "rejected_uri is computed" })]), context));
    expect(run.results[0]).toMatchObject({ level: "warning", message: { text: "Could not be decided from the files alone (check it by hand): rejected_uri is computed" } });
  });

  it("reports waived findings as accepted external suppressions with the justification", () => {
    const waiver = { owner: "web-team", reason: "legacy form, removed in Q3", expires: "2026-12-31", daysLeft: 31, source: ".norecur/waivers.yml:4", ticket: "SEC-1" };
    const run = firstRun(toSarif(runResult([finding({ status: "waived", waiver })]), context));
    expect(run.results[0]?.["suppressions"]).toEqual([
      { kind: "external", status: "accepted", justification: "legacy form, removed in Q3 (owner web-team, expires 2026-12-31, .norecur/waivers.yml:4, SEC-1)" },
    ]);
    expect(run.results[0]?.["level"]).toBe("error");
  });

  it("gives parse errors and waiver findings tool-level rules after the policies", () => {
    const parse = finding({ policyId: "parse-error", severity: "high", message: "cannot be read as kubernetes: bad indent", file: "k8s/a.yaml", incidents: [] });
    const stale = finding({ policyId: "waiver-stale", severity: "low", file: ".norecur/waivers.yml", incidents: [] });
    const run = firstRun(toSarif(runResult([parse, stale, parse]), context));
    expect(run.tool.driver.rules.map((r) => [r["id"], r["shortDescription"], r["defaultConfiguration"]])).toEqual([
      ["NR-CACHE-001", { text: "Form pages are never stored in a page cache" }, { level: "error" }],
      ["parse-error", { text: "A file could not be read" }, { level: "error" }],
      ["waiver-stale", { text: "A waiver covers nothing" }, { level: "warning" }],
    ]);
    expect(run.results.map((r) => [r["ruleId"], r["ruleIndex"]])).toEqual([
      ["parse-error", 1],
      ["waiver-stale", 2],
      ["parse-error", 1],
    ]);
  });

  it("points repository-level findings at the root without a region", () => {
    const run = firstRun(toSarif(runResult([repositoryLevel(finding())]), context));
    expect(run.results[0]?.["locations"]).toEqual([{ physicalLocation: { artifactLocation: { uri: "./", uriBaseId: "%SRCROOT%" } } }]);
  });

  it("percent-encodes paths that are not valid URIs as written", () => {
    const run = firstRun(toSarif(runResult([finding({ file: "sites/my shop/#1/100%/設定.php" })]), context));
    expect(run.results[0]).toMatchObject({
      locations: [{ physicalLocation: { artifactLocation: { uri: "sites/my%20shop/%231/100%25/%E8%A8%AD%E5%AE%9A.php" } } }],
    });
  });

  it("marks results new or unchanged when a base revision was compared", () => {
    const fresh = finding({ file: "new.php" });
    const old = finding({ file: "old.php" });
    const run = firstRun(toSarif(runResult([fresh, old]), { ...context, diff: { new: [{ ...fresh }], existing: [old], fixed: [] } }));
    expect(run.results.map((r) => r["baselineState"])).toEqual(["new", "unchanged"]);
    expect(firstRun(toSarif(runResult([old]), context)).results[0]).not.toHaveProperty("baselineState");
  });

  it("writes one rule per policy id, the first loaded winning", () => {
    const rules = firstRun(toSarif(runResult([]), { ...context, policies: [policy({ title: "First" }), policy({ title: "Second" })] })).tool.driver.rules;
    expect(rules.map((r) => r["shortDescription"])).toEqual([{ text: "First" }]);
  });

  it("keeps the most urgent results within code scanning's limit and says how many were left out", () => {
    const findings = [finding({ severity: "low", file: "a" }), finding({ status: "waived", file: "b" }), finding({ severity: "high", file: "c" }), finding({ status: "unknown", file: "d" })];
    const log = toSarif(runResult(findings), { ...context, maxResults: 2 });
    const run = log.runs[0] as { results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>; invocations: unknown };
    expect(run.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(["a", "c"]);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          { level: "warning", message: { text: "2 less urgent findings were left out of this log: code scanning accepts at most 25000 results per run. --format json lists every finding." } },
        ],
      },
    ]);
    expect(validateSarif(log)).toEqual([]);
    expect(firstRun(toSarif(runResult(findings), context)).results).toHaveLength(4);
  });

  it("keeps at most 10 tags per rule (code scanning shows 10 and rejects more than 20)", () => {
    const controls = Array.from({ length: 15 }, (_, i) => ({ framework: "NIST SP 800-53 Rev. 5", id: `AC-${i + 1}` }));
    const tags = (firstRun(toSarif(runResult([]), { ...context, policies: [policy({ controls })] })).tool.driver.rules[0]?.["properties"] as { tags: string[] }).tags;
    expect(tags).toHaveLength(10);
    expect(tags.slice(0, 2)).toEqual(["security", "tokyo-theatre-2024-02"]);
  });

  it("does not throw on a file name with a lone surrogate", () => {
    const run = firstRun(toSarif(runResult([finding({ file: "odd/\uD800name.yaml" })]), context));
    expect(run.results[0]).toMatchObject({ locations: [{ physicalLocation: { artifactLocation: { uri: "odd/%EF%BF%BDname.yaml" } } }] });
  });

  it("names the tool, its version and the column unit", () => {
    const log = toSarif(runResult([]), context);
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]).toMatchObject({
      tool: { driver: { name: "norecur", version: "1.2.3", informationUri: "https://example.org/norecur" } },
      columnKind: "utf16CodeUnits",
    });
  });

  it("redacts credentials in messages, justifications, subjects and help", () => {
    const key = "AKIAIOSFODNN7EXAMPLE";
    const waiver = { owner: "ops", reason: `rotating ${key}`, expires: "2026-12-31", daysLeft: 1, source: "w.yml:1" };
    const log = toSarif(runResult([finding({ message: `key ${key} is public`, subject: `user/${key}` }), finding({ status: "waived", waiver })]), {
      ...context,
      policies: [policy({ remediation: { summary: `never commit ${key}`, before: `aws_key = "${key}"` } })],
    });
    const text = JSON.stringify(log);
    expect(text).not.toContain(key);
    expect(text).toContain("key [redacted] is public");
  });

  it("produces a log the SARIF 2.1.0 schema accepts, with every kind of finding", () => {
    const waiver = { owner: "o", reason: "r", expires: "2026-12-31", daysLeft: 3, source: "w.yml:1" };
    const log = toSarif(
      runResult([
        finding(),
        finding({ status: "unknown" }),
        finding({ status: "waived", waiver }),
        finding({ policyId: "parse-error", file: "a b/c.yaml", incidents: [] }),
        repositoryLevel(finding()),
        finding({ range: { line: 1, column: 3, endLine: 4, endColumn: 1 } }),
      ]),
      { ...context, diff: { new: [finding()], existing: [], fixed: [] } },
    );
    expect(validateSarif(log)).toEqual([]);
  });

  it("rejects what the schema forbids (the validator is not a no-op)", () => {
    const log = toSarif(runResult([finding()]), context);
    const broken = JSON.parse(JSON.stringify(log)) as { runs: Array<{ results: Array<{ level: string }> }> };
    const first = broken.runs[0]?.results[0];
    if (first) first.level = "fatal";
    expect(validateSarif(broken)).not.toEqual([]);
  });

  it("always produces valid SARIF for random results", () => {
    const range = fc
      .record({ line: fc.integer({ min: -2, max: 5000 }), column: fc.integer({ min: -2, max: 300 }), endLine: fc.integer({ min: -2, max: 5000 }), endColumn: fc.integer({ min: -2, max: 300 }) })
      .map((r): Range => r);
    const arbitraryFinding = fc
      .record({
        policyId: fc.constantFrom("NR-CACHE-001", "parse-error", "waiver-expired", "X-CUSTOM", "weird id \u{1F600}"),
        severity: fc.constantFrom(...SEVERITIES),
        status: fc.constantFrom("fail" as const, "unknown" as const, "waived" as const),
        message: fc.string({ unit: "binary" }),
        file: fc.oneof(fc.constant("."), fc.array(fc.string({ unit: fc.oneof(fc.constantFrom("\uD800", "\uDFFF", " ", "%", "#"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), minLength: 1 }).filter((s) => !s.includes("/")), { minLength: 1, maxLength: 4 }).map((p) => p.join("/"))),
        range: fc.option(range, { nil: undefined }),
        subject: fc.string(),
        reason: fc.string({ unit: "binary" }),
      })
      .map(({ reason, range, ...rest }): Finding => ({
        ...rest,
        ...(range ? { range } : {}),
        incidents: [],
        ...(rest.status === "waived" ? { waiver: { owner: "o", reason, expires: "2027-01-01", daysLeft: 2, source: "w:1" } } : {}),
      }));
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 8 }), fc.string({ unit: "binary" }), (findings, line) => {
        const log = toSarif(runResult(findings), { ...context, sourceLine: () => line });
        expect(validateSarif(JSON.parse(JSON.stringify(log)))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
