import { describe, expect, it } from "vitest";
import { selectAnnotations, workflowCommand } from "../../src/report/annotations.js";
import type { Finding, Severity } from "../../src/types.js";
import { finding, policy, repositoryLevel } from "./fixtures.js";

const at = (file: string, line: number, severity: Severity, extra: Partial<Finding> = {}): Finding =>
  finding({ file, severity, range: { line, column: 3, endLine: line, endColumn: 9 }, message: `${severity} at ${file}:${line}`, ...extra });

describe("selectAnnotations", () => {
  it("turns a one-line finding into an annotation with columns and the policy title", () => {
    expect(selectAnnotations([finding()], { policies: [policy()] })).toEqual({
      annotations: [
        {
          level: "error",
          message: "/contact/ is cached",
          title: "NR-CACHE-001: Form pages are never stored in a page cache",
          file: "wp-content/wp-cache-config.php",
          startLine: 12,
          endLine: 12,
          startColumn: 5,
          endColumn: 30,
        },
      ],
      omitted: 0,
    });
  });

  it("leaves out columns for a finding over several lines (GitHub ignores them there)", () => {
    const { annotations } = selectAnnotations([finding({ range: { line: 3, column: 2, endLine: 7, endColumn: 1 } })]);
    expect(annotations[0]).toEqual({ level: "error", message: "/contact/ is cached", title: "NR-CACHE-001: norecur NR-CACHE-001", file: "wp-content/wp-cache-config.php", startLine: 3, endLine: 7 });
  });

  it("maps severities to levels; unknown findings are warnings and say so; waived ones are skipped", () => {
    const { annotations, omitted } = selectAnnotations([
      at("a", 1, "high"),
      at("b", 1, "medium"),
      at("c", 1, "info"),
      at("d", 1, "critical", { status: "unknown", message: "computed" }),
      at("e", 1, "critical", { status: "waived" }),
    ]);
    expect(annotations.map((a) => [a.file, a.level])).toEqual([
      ["d", "warning"],
      ["a", "error"],
      ["b", "warning"],
      ["c", "notice"],
    ]);
    expect(annotations[0]?.message).toBe("Could not be decided from the files alone (check it by hand): computed");
    expect(omitted).toBe(0);
  });

  it("keeps 10 errors and 10 warnings, most severe first, then those on changed lines, and counts the rest", () => {
    const findings = [
      ...Array.from({ length: 8 }, (_, i) => at("old.yaml", i + 1, "high")),
      ...Array.from({ length: 4 }, (_, i) => at("pr.yaml", i + 1, "high")),
      ...Array.from({ length: 3 }, (_, i) => at("x.yaml", i + 1, "critical")),
      ...Array.from({ length: 12 }, (_, i) => at("w.yaml", i + 1, "low")),
    ];
    const { annotations, omitted } = selectAnnotations(findings, { changedLines: new Map([["pr.yaml", new Set([2, 3, 4])]]) });
    const errors = annotations.filter((a) => a.level === "error").map((a) => `${a.file}:${a.startLine}`);
    expect(errors).toEqual(["x.yaml:1", "x.yaml:2", "x.yaml:3", "pr.yaml:2", "pr.yaml:3", "pr.yaml:4", "old.yaml:1", "old.yaml:2", "old.yaml:3", "old.yaml:4"]);
    expect(annotations.filter((a) => a.level === "warning")).toHaveLength(10);
    expect(omitted).toBe(findings.length - 20);
  });

  it("honours other limits and counts findings with no line to point at as omitted", () => {
    const repo = repositoryLevel(finding());
    const { annotations, omitted } = selectAnnotations([at("a", 1, "high"), at("b", 2, "high"), repo], { maxErrors: 1 });
    expect(annotations.map((a) => a.file)).toEqual(["a"]);
    expect(omitted).toBe(2);
  });

  it("redacts credentials in messages", () => {
    const { annotations } = selectAnnotations([finding({ message: "key AKIAIOSFODNN7EXAMPLE is public" })]);
    expect(annotations[0]?.message).toBe("key [redacted] is public");
  });
});

describe("workflowCommand", () => {
  it("writes the command with properties, escaped as @actions/core escapes them", () => {
    expect(
      workflowCommand({ level: "error", message: "100% cached\nsecond line\r", title: "NR-1: a, b: c", file: "dir,x/a:b.yaml", startLine: 3, endLine: 3, startColumn: 5, endColumn: 9 }),
    ).toBe("::error file=dir%2Cx/a%3Ab.yaml,line=3,endLine=3,col=5,endColumn=9,title=NR-1%3A a%2C b%3A c::100%25 cached%0Asecond line%0D");
  });

  it("leaves out columns the annotation does not have", () => {
    expect(workflowCommand({ level: "notice", message: "m", title: "t", file: "f", startLine: 1, endLine: 4 })).toBe("::notice file=f,line=1,endLine=4,title=t::m");
  });
});
