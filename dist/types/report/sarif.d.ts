import type { FindingDiff } from "../diff/types.js";
import { type Policy, type RunResult } from "../types.js";
import { type IncidentCatalogue } from "./markdown/policy-help.js";
/** What SARIF needs beyond the result. */
export interface SarifContext {
    /** The policies that ran: one SARIF rule each. */
    policies: readonly Policy[];
    /** Incident catalogue, for the rules' help. */
    incidents: IncidentCatalogue;
    /** norecur's version, for `tool.driver.version`. */
    version: string;
    /** The text of a line of a scanned file, for fingerprints; undefined when unknown. */
    sourceLine: (file: string, line: number) => string | undefined;
    /** Where users learn about norecur, for `tool.driver.informationUri`. */
    informationUri?: string | undefined;
    /** With a base revision: results get `baselineState` new or unchanged. */
    diff?: FindingDiff | undefined;
    /** Most results written (default: code scanning's 25,000 per run, over which it rejects the file). */
    maxResults?: number | undefined;
}
/** A SARIF log as plain JSON data (the shape is checked against the SARIF 2.1.0 schema in tests). */
export type SarifLog = Record<string, unknown> & {
    version: "2.1.0";
    runs: Array<Record<string, unknown>>;
};
/**
 * The run as a SARIF 2.1.0 log for code scanning. Our ranges and SARIF regions agree: lines and
 * columns 1-based, columns in UTF-16 code units (`columnKind` says so), end column exclusive
 * (the SARIF schema: `endColumn` is "the column number of the character following the end of the
 * region"), so they map as is.
 */
export declare function toSarif(result: RunResult, context: SarifContext): SarifLog;
/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `%` and non-ASCII are legal in paths, not in URIs). */
export declare function fileUri(file: string): string;
