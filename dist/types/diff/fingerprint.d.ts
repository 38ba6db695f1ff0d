import type { Finding } from "../types.js";
/**
 * A finding's identity across revisions: policy, subject, file and the text of the line it
 * points at (whitespace collapsed), not the line number, so a finding keeps its fingerprint when
 * lines are added above it. Used to tell new from existing findings in a pull request and as
 * SARIF `partialFingerprints`.
 *
 * @param sourceLine The text of the finding's first line in its file, when there is one.
 */
export declare function findingFingerprint(finding: Finding, sourceLine: string | undefined): string;
