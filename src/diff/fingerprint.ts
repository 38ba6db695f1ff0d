import { createRequire } from "node:module";
import type { Finding } from "../types.js";

// Loaded when a fingerprint is first asked for (SARIF, pull-request runs): loading node:crypto
// initialises OpenSSL, 6-7 ms of start-up, which a pre-commit run need not pay.
const load = createRequire(import.meta.url);
const crypto = (): typeof import("node:crypto") => load("node:crypto") as typeof import("node:crypto");

/**
 * A finding's identity across revisions: policy, subject, file and the text of the line it
 * points at (whitespace collapsed), not the line number, so a finding keeps its fingerprint when
 * lines are added above it. Used to tell new from existing findings in a pull request and as
 * SARIF `partialFingerprints`.
 *
 * @param sourceLine The text of the finding's first line in its file, when there is one.
 */
export function findingFingerprint(finding: Finding, sourceLine: string | undefined): string {
  const text = (sourceLine ?? "").replace(/\s+/g, " ").trim();
  return crypto()
    .createHash("sha256")
    .update([finding.policyId, finding.subject, finding.file, text].join("\u0000"))
    .digest("hex")
    .slice(0, 32);
}
