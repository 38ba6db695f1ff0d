import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyFindings } from "../../src/diff/classify.js";
import { textLineReader } from "../../src/diff/source-lines.js";
import type { Finding } from "../../src/types.js";

const FILE = "app.conf";

/** A stand-in check: every line starting with `bad` is a finding whose message is the line. */
function findingsOf(lines: readonly string[]): Finding[] {
  return lines.flatMap((text, i) =>
    text.startsWith("bad")
      ? [{ policyId: "T-001", severity: "high", status: "fail", message: text, file: FILE, range: { line: i + 1, column: 1, endLine: i + 1, endColumn: text.length + 1 }, subject: FILE, incidents: [] } satisfies Finding]
      : [],
  );
}

/** Classifies the findings of two versions of the file. */
function compare(baseLines: readonly string[], headLines: readonly string[]) {
  const head = findingsOf(headLines);
  const base = findingsOf(baseLines);
  const diff = classifyFindings(head, base, {
    head: textLineReader(new Map([[FILE, headLines.join("\n")]])),
    base: textLineReader(new Map([[FILE, baseLines.join("\n")]])),
  });
  return { head, base, diff };
}

const messages = (findings: readonly Finding[]): string[] => findings.map((f) => f.message).sort();
const lines = (findings: readonly Finding[]): number[] => findings.map((f) => f.range?.line ?? 0);

// A small alphabet, so duplicate lines (and duplicate findings) are common.
const line = fc.constantFrom("ok = 1", "ok = 2", "  ok = 3", "bad = a", "bad = a", "bad = b", "bad  =  c");
const okLine = fc.constantFrom("ok = 1", "ok = 2", "# comment", "");
const file = fc.array(line, { maxLength: 25 });

/** Inserts `extra` lines at the positions `at` (taken modulo the length so far). */
function insert(base: readonly string[], extra: ReadonlyArray<{ text: string; at: number }>): string[] {
  const out = [...base];
  for (const { text, at } of extra) out.splice(at % (out.length + 1), 0, text);
  return out;
}

describe("classifyFindings properties", () => {
  it("keeps every finding existing when lines without findings are inserted anywhere", () => {
    fc.assert(
      fc.property(file, fc.array(fc.record({ text: okLine, at: fc.nat() }), { maxLength: 10 }), (base, extra) => {
        const { head, diff } = compare(base, insert(base, extra));
        expect(diff.new).toEqual([]);
        expect(diff.fixed).toEqual([]);
        expect(diff.existing).toEqual(head);
      }),
    );
  });

  it("reports exactly the inserted findings as new, duplicates counted", () => {
    fc.assert(
      fc.property(file, fc.array(fc.record({ text: line, at: fc.nat() }), { maxLength: 10 }), (base, extra) => {
        const { base: before, diff } = compare(base, insert(base, extra));
        expect(messages(diff.new)).toEqual(extra.map((e) => e.text).filter((t) => t.startsWith("bad")).sort());
        expect(diff.existing).toHaveLength(before.length);
        expect(diff.fixed).toEqual([]);
      }),
    );
  });

  it("reports a removed finding as fixed and nothing as new", () => {
    fc.assert(
      fc.property(file.filter((f) => f.some((l) => l.startsWith("bad"))), fc.nat(), (base, pick) => {
        const bad = base.flatMap((l, i) => (l.startsWith("bad") ? [i] : []));
        const removed = bad[pick % bad.length] ?? 0;
        const head = base.filter((_, i) => i !== removed);
        const { diff } = compare(base, head);
        expect(messages(diff.fixed)).toEqual([base[removed]]);
        expect(diff.new).toEqual([]);
      }),
    );
  });

  it("accounts for every finding once, for any two versions", () => {
    fc.assert(
      fc.property(file, file, (base, head) => {
        const { head: h, base: b, diff } = compare(base, head);
        expect(diff.new.length + diff.existing.length).toBe(h.length);
        expect(diff.existing.length + diff.fixed.length).toBe(b.length);
        for (const text of new Set([...base, ...head].filter((t) => t.startsWith("bad")))) {
          const inHead = h.filter((f) => f.message === text).length;
          const inBase = b.filter((f) => f.message === text).length;
          expect(diff.existing.filter((f) => f.message === text)).toHaveLength(Math.min(inHead, inBase));
        }
      }),
    );
  });
});

describe("classifyFindings", () => {
  it("ignores whitespace changes on the finding's line, and the message is not part of its identity", () => {
    const { head, diff } = compare(["bad = a"], ["x", "bad   =   a   "]);
    expect(diff.existing).toEqual(head);
    expect(diff.new).toEqual([]);
    expect(diff.fixed).toEqual([]);
  });

  it("marks the added copy of a duplicated line as new, by its surrounding lines", () => {
    const base = ["[one]", "bad = a", "[two]", "bad = a", "[three]"];
    const head = ["[zero]", "bad = a", "[one]", "bad = a", "[two]", "bad = a", "[three]"];
    const { diff } = compare(base, head);
    expect(lines(diff.new)).toEqual([2]);
    expect(lines(diff.existing)).toEqual([4, 6]);
  });

  it("matches a finding whose subject moved to another array position, but only when nothing matches exactly", () => {
    const [finding] = findingsOf(["bad = a"]);
    if (!finding) throw new Error("fixture");
    const at = (subject: string): Finding => ({ ...finding, subject });
    const reader = textLineReader(new Map([[FILE, "bad = a"]]));
    const moved = classifyFindings([at("D/web#containers[1]")], [at("D/web#containers[2]")], { head: reader, base: reader });
    expect(moved.existing).toEqual([at("D/web#containers[1]")]);
    const exactFirst = classifyFindings([at("D/web#containers[1]"), at("D/web#containers[2]")], [at("D/web#containers[2]")], { head: reader, base: reader });
    expect(exactFirst.existing).toEqual([at("D/web#containers[2]")]);
    expect(exactFirst.new).toEqual([at("D/web#containers[1]")]);
    const otherObject = classifyFindings([at("D/api#containers[0]")], [at("D/web#containers[0]")], { head: reader, base: reader });
    expect(otherObject.existing).toEqual([]);
  });

  it("tells findings of other policies, subjects and files apart, and keeps status", () => {
    const [finding] = findingsOf(["bad = a"]);
    if (!finding) throw new Error("fixture");
    const waived: Finding = { ...finding, status: "waived" };
    const otherPolicy: Finding = { ...finding, policyId: "T-002" };
    const otherSubject: Finding = { ...finding, subject: "elsewhere" };
    const { range: _unused, ...withoutRange } = finding;
    const repoLevel: Finding = { ...withoutRange, file: ".", subject: "." };
    const reader = textLineReader(new Map([[FILE, "bad = a"]]));
    const diff = classifyFindings([waived, otherPolicy, repoLevel], [finding, otherSubject, repoLevel], { head: reader, base: reader });
    expect(diff.existing).toEqual([waived, repoLevel]);
    expect(diff.new).toEqual([otherPolicy]);
    expect(diff.fixed).toEqual([otherSubject]);
  });
});
