import { yamlParser } from "../formats/yaml.js";
import type { Finding, Waiver } from "../types.js";
import type { FileHistory } from "./git-revisions.js";

/** Finding id of a waiver whose expiry moved later than it ever was before. */
export const WAIVER_EXTENDED = "waiver-extended";

/** A waiver's extension against the base revision. */
export interface Extension {
  /** The extended waiver. */
  waiver: Waiver;
  /** Latest expiry it had up to the base revision. */
  previous: string;
  /** Times its expiry has moved later, this change included. */
  count: number;
}

/**
 * Waivers are the same exception across revisions when they waive the same policy with the
 * same scope; a changed scope is a new exception (and must meet the horizon on its own).
 */
export function waiverKey(w: { policy: string; paths?: readonly string[] | undefined; subject?: string | undefined }): string {
  return JSON.stringify([w.policy, [...(w.paths ?? [])].sort(), w.subject ?? null]);
}

/** `policy`/`expires` pairs of an old waivers file, leniently: an old revision may not meet today's schema. */
function oldEntries(text: string): Array<{ key: string; expires: string }> {
  const parsed = yamlParser.parse(text, "waivers");
  if (!parsed.ok) return [];
  const list = (parsed.documents[0]?.value as { waivers?: unknown } | undefined)?.waivers;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null) return [];
    const w = item as { policy?: unknown; paths?: unknown; subject?: unknown; expires?: unknown };
    if (typeof w.policy !== "string" || typeof w.expires !== "string") return [];
    const paths = Array.isArray(w.paths) ? w.paths.filter((p): p is string => typeof p === "string") : undefined;
    const subject = typeof w.subject === "string" ? w.subject : undefined;
    return [{ key: waiverKey({ policy: w.policy, paths, subject }), expires: w.expires }];
  });
}

/**
 * Waivers of the current file whose expiry is later than any expiry the same waiver had up
 * to the base revision: a moved date, or a waiver re-added after it expired and was removed.
 * Dates are `YYYY-MM-DD`, so they compare as strings.
 */
export function findExtensions(current: readonly Waiver[], history: FileHistory): Extension[] {
  const versions = [...history.versions];
  if (history.atBase !== undefined && versions[versions.length - 1] !== history.atBase) versions.push(history.atBase);
  const latest = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const text of versions) {
    const seenHere = new Map<string, string>();
    for (const { key, expires } of oldEntries(text)) if ((seenHere.get(key) ?? "") < expires) seenHere.set(key, expires);
    for (const [key, expires] of seenHere) {
      const before = latest.get(key);
      if (before !== undefined && expires > before) counts.set(key, (counts.get(key) ?? 0) + 1);
      if (before === undefined || expires > before) latest.set(key, expires);
    }
  }
  return current.flatMap((waiver) => {
    const key = waiverKey(waiver);
    const previous = latest.get(key);
    if (previous === undefined || waiver.expires <= previous) return [];
    return [{ waiver, previous, count: (counts.get(key) ?? 0) + 1 }];
  });
}

/** The finding for one extension: a failure unless someone other than the owner approved it. */
export function extensionFinding(extension: Extension, base: string, shallow: boolean): Finding {
  const { waiver, previous, count } = extension;
  const approved = waiver.approvedBy !== undefined && waiver.approvedBy !== waiver.owner;
  const times = `${count === 1 ? "first extension" : `extended ${count} times`}${shallow ? " (at least: shallow clone)" : ""}`;
  const verdict = approved ? `approved by ${waiver.approvedBy ?? ""}` : "not approved: set approved-by (someone other than the owner) to accept it";
  return {
    policyId: WAIVER_EXTENDED,
    severity: "medium",
    status: approved ? "unknown" : "fail",
    message: `Waiver for ${waiver.policy} extended from ${previous} to ${waiver.expires} against ${base} (${times}), owner ${waiver.owner}; ${verdict}.`,
    file: waiver.file,
    range: waiver.range,
    subject: `waiver ${waiver.policy} ${waiver.file}:${waiver.range.line}`,
    incidents: ["docomo-nexia-2023-03"],
  };
}
