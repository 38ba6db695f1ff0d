import type { Finding } from "../types.js";
import { findingFingerprint } from "./fingerprint.js";
import type { LineReader, SourceLines } from "./source-lines.js";
import type { FindingDiff } from "./types.js";

/** Lines either side of a finding compared when duplicates must be told apart. */
const CONTEXT = 3;

/** Above this many candidate pairs in one group, duplicates are paired in order (context scoring is quadratic). */
const MAX_SCORED_PAIRS = 10_000;

const squash = (text: string | undefined): string | undefined => text?.replace(/\s+/g, " ").trim();

/**
 * Sorts the head's findings into new and existing, and the base's missing ones into fixed.
 * Findings are the same across revisions when policy, subject, file and the text of their line
 * agree (the fingerprint), so lines added above a finding do not make it new. Findings are
 * multisets: two identical findings in the base and three in the head are two existing and one
 * new. Among such duplicates the pairs whose surrounding lines and message agree best are
 * matched first, so the added copy is the one reported as new. Array positions in subject ids
 * are ignored when nothing matches exactly. Status plays no part: a finding waived in the head
 * is still existing, and keeps its status in the result.
 */
export function classifyFindings(head: readonly Finding[], base: readonly Finding[], sourceLines: SourceLines): FindingDiff {
  const matchedHead = new Set<number>();
  const matchedBase = new Set<number>();
  // First the exact identity; then, among what is left, the identity with array positions
  // taken out of the subject: a subject selected as `containers[2]` becomes `containers[1]`
  // when an earlier sibling is removed, and is still the same finding.
  for (const subjectOf of [(f: Finding) => f.subject, (f: Finding) => f.subject.replace(/\[\d+\]/g, "[]")]) {
    const headGroups = group(head, sourceLines.head, subjectOf, matchedHead);
    const baseGroups = group(base, sourceLines.base, subjectOf, matchedBase);
    for (const [key, heads] of headGroups) {
      const bases = baseGroups.get(key);
      if (!bases) continue;
      for (const [h, b] of pair(heads, bases, head, base, sourceLines)) {
        matchedHead.add(h);
        matchedBase.add(b);
      }
    }
  }
  return {
    new: head.filter((_, i) => !matchedHead.has(i)),
    existing: head.filter((_, i) => matchedHead.has(i)),
    fixed: base.filter((_, i) => !matchedBase.has(i)),
  };
}

/** Indexes of the findings not yet matched, by fingerprint (with the subject as `subjectOf` gives it), in input order. */
function group(findings: readonly Finding[], read: LineReader, subjectOf: (f: Finding) => string, matched: ReadonlySet<number>): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  findings.forEach((finding, i) => {
    if (matched.has(i)) return;
    const key = findingFingerprint({ ...finding, subject: subjectOf(finding) }, finding.range ? read(finding.file, finding.range.line) : undefined);
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  return groups;
}

/** Matches findings of one fingerprint: the best-agreeing pairs first, then in order. */
function pair(heads: number[], bases: number[], head: readonly Finding[], base: readonly Finding[], lines: SourceLines): Array<[number, number]> {
  if (heads.length === 1 && bases.length === 1) return [[heads[0] ?? 0, bases[0] ?? 0]];
  const candidates: Array<{ h: number; b: number; score: number; order: number }> = [];
  if (heads.length * bases.length <= MAX_SCORED_PAIRS) {
    heads.forEach((h, hi) =>
      bases.forEach((b, bi) => {
        const hf = head[h];
        const bf = base[b];
        if (hf && bf) candidates.push({ h, b, score: agreement(hf, bf, lines), order: Math.abs(hi - bi) });
      }),
    );
  } else {
    for (let i = 0; i < Math.min(heads.length, bases.length); i++) candidates.push({ h: heads[i] ?? 0, b: bases[i] ?? 0, score: 0, order: 0 });
  }
  candidates.sort((x, y) => y.score - x.score || x.order - y.order || x.h - y.h || x.b - y.b);
  const usedH = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { h, b } of candidates) {
    if (usedH.has(h) || usedB.has(b)) continue;
    usedH.add(h);
    usedB.add(b);
    pairs.push([h, b]);
  }
  return pairs;
}

/** How alike two same-fingerprint findings are: neighbouring lines that match, and the message. */
function agreement(h: Finding, b: Finding, lines: SourceLines): number {
  let score = h.message === b.message ? 1 : 0;
  if (!h.range || !b.range) return score;
  for (let d = 1; d <= CONTEXT; d++) {
    for (const step of [-d, d]) {
      const hl = squash(lines.head(h.file, h.range.line + step));
      if (hl !== undefined && hl === squash(lines.base(b.file, b.range.line + step))) score += 1;
    }
  }
  return score;
}
