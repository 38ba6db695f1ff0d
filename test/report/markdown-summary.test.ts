import { describe, expect, it } from "vitest";
import { renderSummary, type SummaryOptions } from "../../src/report/markdown/summary.js";
import type { Finding } from "../../src/types.js";
import { finding, INCIDENTS, policy, runResult } from "./fixtures.js";

const options: SummaryOptions = { policies: [policy()], incidents: INCIDENTS };
const INCIDENT = "<br><sub>Incident: Form input cached by a WordPress cache plugin and shown to other visitors (2024-01-17/2024-02-05)</sub>";
const FIX = "Add the form pages to `rejected_uri`.";

describe("renderSummary", () => {
  it("renders totals, findings with incident and fix, waived findings, expiring waivers and unmatched policies", () => {
    const waiver = { owner: "web-team", reason: "legacy form", expires: "2026-12-31", daysLeft: 3, source: ".norecur/waivers.yml:4" };
    const findings: Finding[] = [
      finding({ status: "unknown", severity: "high", file: "b.php", message: "rejected_uri is computed" }),
      finding({ file: "c.php" }),
      finding({ status: "waived", waiver }),
      finding({ policyId: "parse-error", severity: "high", file: "k.yaml", message: "cannot be read as yaml: bad indent", incidents: [] }),
    ];
    const base = runResult(findings);
    const result = runResult(findings, {
      files: [
        { path: "x.bin", status: "skipped", reason: "no format" },
        { path: "y.bin", status: "skipped", reason: "no format" },
      ],
      summary: { ...base.summary, skipped: 2, unmatchedPolicies: ["NR-SQUID-001"] },
      waivers: [
        {
          waiver: { policy: "NR-CACHE-001", reason: "legacy form", owner: "web-team", expires: "2026-12-31", origin: "file", file: ".norecur/waivers.yml", range: { line: 4, column: 5, endLine: 8, endColumn: 1 } },
          state: "expiring",
          daysLeft: 3,
          matched: 1,
        },
      ],
    });
    expect(renderSummary(result, { ...options, notAnnotated: 1 })).toBe(
      [
        "## norecur",
        "",
        "**2 failing** (1 critical, 1 high), 1 unknown, 1 waived; failing at low and above.",
        "",
        "| Severity | Failing | Unknown | Waived |",
        "| --- | ---: | ---: | ---: |",
        "| critical | 1 | 0 | 1 |",
        "| high | 1 | 1 | 0 |",
        "| medium | 0 | 0 | 0 |",
        "| low | 0 | 0 | 0 |",
        "| info | 0 | 0 | 0 |",
        "",
        "Files: 3 evaluated, 2 skipped (2 no format), 0 errored.",
        "",
        "1 finding was not annotated (GitHub shows at most 10 error and 10 warning annotations per step); all are listed here.",
        "",
        "### Findings (3)",
        "",
        "| Severity | Policy | Location | Finding | Fix |",
        "| --- | --- | --- | --- | --- |",
        `| **critical** | NR-CACHE-001 | c.php:12:5 | /contact/ is cached${INCIDENT} | ${FIX} |`,
        "| **high** | parse-error | k.yaml:12:5 | cannot be read as yaml: bad indent | The file is not valid in its format, so no policy could check it: fix the syntax at the reported position. |",
        `| unknown (high) | NR-CACHE-001 | b.php:12:5 | rejected\\_uri is computed${INCIDENT} | ${FIX} |`,
        "",
        "### Waived findings (1)",
        "",
        "| Policy | Location | Owner | Expires | Reason |",
        "| --- | --- | --- | --- | --- |",
        "| NR-CACHE-001 | wp-content/wp-cache-config.php:12:5 | web-team | 2026-12-31 (3 days left) | legacy form |",
        "",
        "### Waivers expiring soon (1)",
        "",
        "| Policy | Expires | Owner | Where |",
        "| --- | --- | --- | --- |",
        "| NR-CACHE-001 | 2026-12-31 (3 days left) | web-team | .norecur/waivers.yml:4 |",
        "",
        "### Policies that matched nothing (1)",
        "",
        "These policies found no file to look at: check `paths` and `formats` if you expected them to apply.",
        "",
        "- NR-SQUID-001",
        "",
      ].join("\n"),
    );
  });

  it("says so when nothing failed and nothing was checked", () => {
    const result = runResult([]);
    const text = renderSummary({ ...result, summary: { ...result.summary, evaluated: 0 } }, options);
    expect(text).toContain("**No failing findings**, 0 unknown, 0 waived; failing at low and above.");
    expect(text).toContain("**Nothing was checked**: no file matched any active policy.");
    expect(text).not.toContain("### Findings");
  });

  it("lists new findings before existing ones and shows what the change fixed", () => {
    const old = finding({ file: "old.php", severity: "critical" });
    const fresh = finding({ file: "new.php", severity: "low", message: "new one" });
    const gone = finding({ file: "gone.php", message: "was cached" });
    const text = renderSummary(runResult([fresh, old]), { ...options, diff: { new: [fresh], existing: [old], fixed: [gone] }, fileUrl: (f, l) => `https://example.org/blob/abc/${f}#L${l}` });
    expect(text).toContain("Compared with the base revision: 1 new, 1 existing, 1 fixed.");
    const order = ["### New findings (1)", "new.php:12:5", "### Existing findings (1)", "old.php:12:5", "### Fixed by this change (1)", "| critical | NR-CACHE-001 | gone.php:12:5 | was cached |"].map((s) => text.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("[new.php:12:5](https://example.org/blob/abc/new.php#L12)");
  });

  it("lists changes to policies, config and waivers for review", () => {
    const text = renderSummary(runResult([]), { ...options, ruleChanges: [{ file: ".norecur/waivers.yml", kind: "waivers", change: "modified" }] });
    expect(text).toContain("### Changes to policies, config and waivers (1)");
    expect(text).toContain("| .norecur/waivers.yml | waivers file | modified |");
  });

  it("escapes Markdown and HTML from scanned files so a row stays one row", () => {
    const text = renderSummary(runResult([finding({ file: "a|b/`x`.yaml", message: "name `a|b` <script>alert(1)</script>\nnext line *not bold* [link](x) @octo-org/admins" })]), options);
    expect(text).toContain(
      "| **critical** | NR-CACHE-001 | a\\|b/\\`x\\`.yaml:12:5 | name \\`a\\|b\\` &lt;script&gt;alert(1)&lt;/script&gt; next line \\*not bold\\* \\[link\\](x) @&#8203;octo-org/admins<br>",
    );
    expect(text).not.toContain("<script>");
  });

  it("never shows a credential from a message, a path or a waiver", () => {
    const token = `ghp_${"a1B2".repeat(9)}`;
    const waiver = { owner: "ops", reason: `old ${token}`, expires: "2026-12-31", daysLeft: 9, source: "w.yml:1" };
    const text = renderSummary(runResult([finding({ message: `token ${token}`, file: `${token}.env` }), finding({ status: "waived", waiver })]), options);
    expect(text).not.toContain(token);
    expect(text).toContain("token \\[redacted\\]");
  });

  it("stays within the size limit, cutting the findings with 'and N more'", () => {
    const many = Array.from({ length: 500 }, (_, i) => finding({ file: `f${String(i).padStart(3, "0")}.php`, message: "x".repeat(200) }));
    const text = renderSummary(runResult(many), { ...options, maxBytes: 20_000 });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(20_000);
    const shown = text.split("\n").filter((l) => l.startsWith("| **critical**")).length;
    expect(shown).toBeGreaterThan(10);
    expect(text).toContain(`… and ${500 - shown} more (the SARIF file and \`--format json\` list every finding).`);
    expect(text).toContain("| f000.php:12:5 |");
  });

  it("fits GitHub's 1 MiB step limit by default, multi-byte text included", () => {
    const many = Array.from({ length: 6000 }, (_, i) => finding({ file: `設定/${i}.php`, message: "キャッシュ".repeat(40) }));
    const text = renderSummary(runResult(many), options);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024);
    expect(text).toMatch(/… and \d+ more/);
  });
});
