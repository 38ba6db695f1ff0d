import { type FileRecord, type Finding, type PolicyCoverage, type RunSummary, type Severity } from "./types.js";
/** Deterministic order: file, line, column, policy id, message. Repository-level findings first in their file. */
export declare function sortFindings(findings: readonly Finding[]): Finding[];
/** Totals for the end of a run. */
export declare function summarize(files: readonly FileRecord[], findings: readonly Finding[], coverage: readonly PolicyCoverage[]): RunSummary;
/** Rank of a severity, for thresholds: info 0 … critical 4. */
export declare function severityRank(severity: Severity): number;
