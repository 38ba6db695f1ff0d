import type { WaiverRules } from "../config/config.js";
import type { Finding, Severity, Waiver, WaiverReport } from "../types.js";
import { daysLeft } from "./dates.js";
import { indexWaivers } from "./match-waiver.js";
import { describeDays, waiverState } from "./waiver-state.js";

/** Finding id of a waiver past its expiry. */
export const WAIVER_EXPIRED = "waiver-expired";
/** Finding id of an active waiver that covered no finding. */
export const WAIVER_STALE = "waiver-stale";

const INCIDENT = "docomo-nexia-2023-03";

/** What the waive stage returns. */
export interface Waived {
  /** The findings, with covered ones marked `waived`, plus findings about expired and stale waivers. */
  findings: Finding[];
  /** Every waiver and its state, in input order. */
  reports: WaiverReport[];
}

/**
 * The waive stage. A finding covered by a waiver that has not expired becomes `waived` and
 * carries the waiver's owner, reason and days left. An expired waiver waives nothing, so what it
 * covered fails again, and it is reported itself at its own position; an active waiver that
 * covers nothing is reported as stale (a warning) so dead exceptions get removed.
 */
export function applyWaivers(
  findings: readonly Finding[],
  waivers: readonly Waiver[],
  options: { today: number; rules: Pick<WaiverRules, "expiringWithinDays">; severities: ReadonlyMap<string, Severity> },
): Waived {
  const matched = new Map<Waiver, number>(waivers.map((w) => [w, 0]));
  const covering = indexWaivers(waivers);
  const out = findings.map((finding): Finding => {
    if (finding.status === "waived") return finding;
    const covered = covering(finding);
    for (const w of covered) matched.set(w, (matched.get(w) ?? 0) + 1);
    const live = covered.find((w) => daysLeft(w.expires, options.today) >= 0);
    if (!live) return finding;
    return {
      ...finding,
      status: "waived",
      waiver: {
        owner: live.owner,
        reason: live.reason,
        expires: live.expires,
        daysLeft: daysLeft(live.expires, options.today),
        source: `${live.file}:${live.range.line}`,
        ...(live.ticket !== undefined ? { ticket: live.ticket } : {}),
      },
    };
  });

  const reports = waivers.map((waiver): WaiverReport => {
    const count = matched.get(waiver) ?? 0;
    return { waiver, ...waiverState(waiver, count, options.today, options.rules), matched: count };
  });
  for (const report of reports) {
    const { waiver } = report;
    const base = { file: waiver.file, range: waiver.range, subject: `waiver ${waiver.policy} ${waiver.file}:${waiver.range.line}`, incidents: [INCIDENT] };
    if (report.state === "expired") {
      const covered = report.matched === 0 ? "it covers no finding now: delete it" : `the ${report.matched} finding${report.matched === 1 ? "" : "s"} it covered fail again: fix them, or renew the waiver deliberately`;
      out.push({
        ...base,
        policyId: WAIVER_EXPIRED,
        severity: options.severities.get(waiver.policy) ?? "medium",
        status: "fail",
        message: `Waiver for ${waiver.policy} ${describeDays(report.daysLeft)} (${waiver.expires}), owner ${waiver.owner}: ${covered}.`,
      });
    } else if (report.state === "stale") {
      out.push({
        ...base,
        policyId: WAIVER_STALE,
        severity: "low",
        status: "unknown",
        message: `Waiver for ${waiver.policy} (owner ${waiver.owner}, ${describeDays(report.daysLeft)}) matched no finding: delete it so dead exceptions do not pile up.`,
      });
    }
  }
  return { findings: out, reports };
}
