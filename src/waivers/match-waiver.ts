import micromatch from "micromatch";
import type { Finding, Waiver } from "../types.js";

/**
 * Whether a waiver covers a finding: same policy, and every scope it names matches (file
 * globs, subject id or glob, and for an inline waiver the line it sits on or above).
 * Subject globs follow path rules: `*` stops at `/`, `**` crosses it.
 */
export function waiverCovers(waiver: Waiver, finding: Finding): boolean {
  if (waiver.policy !== finding.policyId) return false;
  if (waiver.paths && !micromatch.isMatch(finding.file, waiver.paths, { dot: true })) return false;
  if (waiver.subject !== undefined && waiver.subject !== finding.subject && !micromatch.isMatch(finding.subject, waiver.subject, { dot: true })) return false;
  if (waiver.line !== undefined && finding.range?.line !== waiver.line) return false;
  return true;
}
