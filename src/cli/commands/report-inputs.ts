import { lineReader } from "../../diff/source-lines.js";
import { packageVersion } from "../../package-root.js";
import { loadIncidents } from "../../policy/incidents.js";
import type { ReportInputs } from "../../report/report-inputs.js";
import type { Policy } from "../../types.js";
import type { CliValues } from "../main.js";
import { loadActivePolicies } from "./load-active.js";

/** Formats that describe policies (rules, incidents, fixes) and so need them loaded. */
export const FORMATS_WITH_POLICIES: ReadonlySet<string> = new Set(["github", "junit", "markdown", "sarif"]);

/** The policies, catalogue, version and file lines SARIF and Markdown reports read, loaded at the CLI's edge. */
export function reportInputs(values: CliValues, cwd: string): ReportInputs {
  let policies: readonly Policy[] | undefined;
  return {
    // A check's result names the policies that judged it, and reporters take those
    // (formatters' inputsFor). Loading them again compiled every policy a second time, 0.6 s and
    // 30 MiB on every SARIF run; now only a result without them has them loaded.
    get policies(): readonly Policy[] {
      policies ??= loadActivePolicies(values, cwd).map((compiled) => compiled.policy);
      return policies;
    },
    incidents: loadIncidents(),
    version: packageVersion(),
    // Each scanned file is read once; a file that cannot be read has no lines (its fingerprint uses none).
    sourceLine: lineReader(cwd),
  };
}
