import type { Finding, Policy } from "../../types.js";
import { type IncidentCatalogue } from "./policy-help.js";
/** What a finding row needs to say more than the finding itself. */
export interface RowContext {
    /** Policies by id, for the incident and the fix. */
    policies: ReadonlyMap<string, Policy>;
    /** The incident catalogue. */
    incidents: IncidentCatalogue;
    /** A link to a file (and line) in the repository, when the caller knows the URL scheme. */
    fileUrl?: ((file: string, line?: number) => string | undefined) | undefined;
}
/** The header of a findings table, with its separator line. */
export declare const FINDINGS_HEAD = "| Severity | Policy | Location | Finding | Fix |\n| --- | --- | --- | --- | --- |\n";
/** One table row: severity (or `unknown`), policy, linked location, message with the incident one-liner, fix. */
export declare function findingRow(f: Finding, context: RowContext): string;
/** `file:line:col`, linked when a URL is known; `repository` for repository-level findings. */
export declare function location(f: Finding, context: Pick<RowContext, "fileUrl">): string;
/** Most urgent first: failing before unknown before waived, then by severity; ties keep the result's file order. */
export declare function byUrgency(findings: readonly Finding[]): Finding[];
