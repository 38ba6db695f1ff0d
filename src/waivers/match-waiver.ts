import { compileGlob, type GlobMatcher } from "../engine/functions/support/glob-matcher.js";
import type { Finding, Waiver } from "../types.js";

/** The waivers that cover a finding, in the order they were given. */
export type WaiverLookup = (finding: Finding) => Waiver[];

interface Scoped {
  order: number;
  waiver: Waiver;
  paths?: GlobMatcher[];
  subject?: GlobMatcher;
}

/**
 * Indexes the waivers once so that each finding is matched against only the waivers of its
 * policy, with every glob compiled once, by the same linear-time matcher the engine uses
 * (patterns come from pull-request authors, so a backtracking matcher would let one hang CI).
 *
 * An inline waiver covers its own file, by exact path, at the line it sits on or above: it is
 * looked up by (policy, file, line) and never turned into a glob, so a file literally named
 * `k8s/*.yaml` waives nothing outside itself. A waivers-file entry covers a finding when its
 * policy matches and every scope it names matches: file globs, and the subject id exactly or
 * as a glob (`*` stops at `/`, `**` crosses it).
 */
export function indexWaivers(waivers: readonly Waiver[]): WaiverLookup {
  const inline = new Map<string, Scoped[]>();
  const byPolicy = new Map<string, Scoped[]>();
  waivers.forEach((waiver, order) => {
    if (waiver.origin === "inline") {
      const key = inlineKey(waiver.policy, waiver.file, waiver.line ?? waiver.range.line);
      push(inline, key, { order, waiver });
      return;
    }
    push(byPolicy, waiver.policy, {
      order,
      waiver,
      ...(waiver.paths ? { paths: waiver.paths.map(compileGlob) } : {}),
      ...(waiver.subject !== undefined ? { subject: subjectGlob(waiver.subject) } : {}),
    });
  });
  return (finding) => {
    const found: Scoped[] = [];
    if (finding.range !== undefined) found.push(...(inline.get(inlineKey(finding.policyId, finding.file, finding.range.line)) ?? []));
    for (const scoped of byPolicy.get(finding.policyId) ?? []) if (covers(scoped, finding)) found.push(scoped);
    return found.sort((a, b) => a.order - b.order).map((s) => s.waiver);
  };
}

function covers(scoped: Scoped, finding: Finding): boolean {
  if (scoped.paths && !scoped.paths.some((glob) => glob.test(finding.file))) return false;
  const { subject } = scoped.waiver;
  if (subject !== undefined && subject !== finding.subject && !(scoped.subject?.test(finding.subject) ?? false)) return false;
  return true;
}

/** A subject is an id or a glob; one the glob syntax refuses (e.g. with parentheses) is matched exactly only. */
function subjectGlob(subject: string): GlobMatcher | undefined {
  try {
    return compileGlob(subject);
  } catch {
    return undefined;
  }
}

function inlineKey(policy: string, file: string, line: number): string {
  return JSON.stringify([policy, file, line]);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
