import { describe, expect, it } from "vitest";
import { PR_COMMENT_MARKER, renderPrComment, type PrCommentOptions } from "../../src/report/markdown/pr-comment.js";
import { finding, INCIDENTS, policy, runResult } from "./fixtures.js";

const base: Omit<PrCommentOptions, "diff"> = { policies: [policy()], incidents: INCIDENTS };
const none = { new: [], existing: [], fixed: [] };

describe("renderPrComment", () => {
  it("says nothing when the pull request changes nothing norecur judges", () => {
    expect(renderPrComment(runResult([finding()]), { ...base, diff: { ...none, existing: [finding()] } })).toBeNull();
  });

  it("lists new and fixed findings, added and extended waivers, and rule changes", () => {
    const fresh = finding({ file: "shop/wp-cache-config.php" });
    const fixed = finding({ file: "old.yaml", severity: "high", message: "was public" });
    const waiver = { owner: "web-team", reason: "until the form moves", expires: "2026-12-31", daysLeft: 31, source: ".norecur/waivers.yml:9" };
    const waived = finding({ file: "blog/cache.php", status: "waived", waiver });
    const extended = finding({ policyId: "waiver-extended", severity: "medium", file: ".norecur/waivers.yml", range: { line: 9, column: 5, endLine: 9, endColumn: 9 }, message: "NR-CACHE-001 waiver moved from 2026-06-30 to 2026-12-31", incidents: [] });
    const text = renderPrComment(runResult([fresh, waived, extended]), {
      ...base,
      diff: { new: [fresh, waived, extended], existing: [], fixed: [fixed] },
      ruleChanges: [{ file: "policies/cache/policy.yaml", kind: "policy", change: "modified" }],
    });
    expect(text).toBe(
      [
        PR_COMMENT_MARKER,
        "## norecur: this pull request",
        "",
        "**1 new finding**, **1 fixed**, 2 waiver changes, 1 change to the rules; failing at low and above.",
        "",
        "### New findings (1)",
        "",
        "| Severity | Policy | Location | Finding | Fix |",
        "| --- | --- | --- | --- | --- |",
        "| **critical** | NR-CACHE-001 | shop/wp-cache-config.php:12:5 | /contact/ is cached<br><sub>Incident: Form input cached by a WordPress cache plugin and shown to other visitors (2024-01-17/2024-02-05)</sub> | Add the form pages to `rejected_uri`. |",
        "",
        "### Fixed (1)",
        "",
        "| Severity | Policy | Location | Finding |",
        "| --- | --- | --- | --- |",
        "| high | NR-CACHE-001 | old.yaml:12:5 | was public |",
        "",
        "### Waivers added or extended (2)",
        "",
        "- **added** for NR-CACHE-001 at blog/cache.php:12:5 by web-team until 2026-12-31: until the form moves (.norecur/waivers.yml:9)",
        "- **extended** at .norecur/waivers.yml:9:5: NR-CACHE-001 waiver moved from 2026-06-30 to 2026-12-31",
        "",
        "### Changes to policies, config and waivers (1)",
        "",
        "Review these with the same care as code: they change what this and every later check accepts.",
        "",
        "| File | Kind | Change |",
        "| --- | --- | --- |",
        "| policies/cache/policy.yaml | policy | modified |",
        "",
      ].join("\n"),
    );
  });

  it("speaks up for a change to the rules alone, and counts undecided new findings", () => {
    const unknown = finding({ status: "unknown" });
    const text = renderPrComment(runResult([unknown]), { ...base, diff: { ...none, new: [unknown] } }) ?? "";
    expect(text.startsWith(`${PR_COMMENT_MARKER}\n`)).toBe(true);
    expect(text).toContain("**1 new finding** (1 could not be decided), **0 fixed**;");
    expect(renderPrComment(runResult([]), { ...base, diff: none, ruleChanges: [{ file: ".norecur.yml", kind: "config", change: "added" }] })).toContain("| .norecur.yml | norecur config | added |");
  });

  it("lists an inline waiver written on a changed line, even when the finding it silences is not new", () => {
    const details = { owner: "dev", reason: "temporary", expires: "2026-12-31", daysLeft: 31, source: "k8s/web.yaml:8" };
    const silenced = finding({ file: "k8s/web.yaml", status: "waived", waiver: details });
    const report = {
      waiver: { policy: "NR-CACHE-001", reason: "temporary", owner: "dev", expires: "2026-12-31", origin: "inline" as const, file: "k8s/web.yaml", range: { line: 8, column: 3, endLine: 8, endColumn: 60 }, line: 9 },
      state: "active" as const,
      daysLeft: 31,
      matched: 1,
    };
    const result = runResult([silenced], { waivers: [report] });
    const diff = { ...none, existing: [silenced] };
    expect(renderPrComment(result, { ...base, diff })).toBeNull();
    const text = renderPrComment(result, { ...base, diff, changedLines: new Map([["k8s/web.yaml", new Set([8])]]) }) ?? "";
    expect(text).toContain("**0 new findings**, **0 fixed**, 1 waiver change;");
    expect(text).toContain("- **inline waiver** for NR-CACHE-001 at k8s/web.yaml:8 by dev until 2026-12-31: temporary (covers 1 finding)\n");
    // A new finding under that waiver is not listed a second time.
    const again = renderPrComment(result, { ...base, diff: { ...none, new: [silenced] }, changedLines: new Map([["k8s/web.yaml", new Set([8])]]) }) ?? "";
    expect(again.match(/^- /gm)).toHaveLength(1);
  });

  it("stays within GitHub's 65,536-character comment limit, keeping the marker", () => {
    const many = Array.from({ length: 2000 }, (_, i) => finding({ file: `site/${i}.php`, message: `form page ${i} is cached` }));
    const text = renderPrComment(runResult(many), { ...base, diff: { new: many, existing: [], fixed: many } }) ?? "";
    expect(text.length).toBeLessThanOrEqual(65_536);
    expect(text.startsWith(PR_COMMENT_MARKER)).toBe(true);
    const shown = text.split("\n").filter((l) => l.startsWith("| **critical**")).length;
    expect(text).toContain(`… and ${2000 - shown} more in the job summary.`);
    // New findings come first: the fixed list only gets the room they leave.
    const fixedShown = text.split("\n").filter((l) => l.startsWith("| critical |")).length;
    expect(fixedShown).toBeLessThan(shown);
    expect(text).toContain(`… and ${2000 - fixedShown} more.`);
  });

  it("escapes and redacts what comes from the pull request", () => {
    const key = "AKIAIOSFODNN7EXAMPLE";
    const sneaky = finding({ file: "x<img src=x>.yaml", message: `| fake | row | ${key}` });
    const text = renderPrComment(runResult([sneaky]), { ...base, diff: { ...none, new: [sneaky] } }) ?? "";
    expect(text).toContain("| x&lt;img src=x&gt;.yaml:12:5 | \\| fake \\| row \\| \\[redacted\\]<br>");
    expect(text).not.toContain(key);
  });
});
