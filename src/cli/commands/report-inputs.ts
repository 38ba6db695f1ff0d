import { lineReader } from "../../diff/source-lines.js";
import { packageVersion } from "../../package-root.js";
import { loadIncidents } from "../../policy/incidents.js";
import type { ReportInputs } from "../../report/report-inputs.js";
import type { CliValues } from "../main.js";
import { loadActivePolicies } from "./load-active.js";

/** Formats that describe policies (rules, incidents, fixes) and so need them loaded. */
export const FORMATS_WITH_POLICIES: ReadonlySet<string> = new Set(["github", "junit", "markdown", "sarif"]);

/** The policies, catalogue, version and file lines SARIF and Markdown reports read, loaded at the CLI's edge. */
export function reportInputs(values: CliValues, cwd: string): ReportInputs {
  return {
    policies: loadActivePolicies(values, cwd).map((compiled) => compiled.policy),
    incidents: loadIncidents(),
    version: packageVersion(),
    // Each scanned file is read once; a file that cannot be read has no lines (its fingerprint uses none).
    sourceLine: lineReader(cwd),
  };
}
