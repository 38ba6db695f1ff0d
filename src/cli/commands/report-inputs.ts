import { readFileSync } from "node:fs";
import { resolve } from "node:path";
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
    sourceLine: sourceLines(cwd),
  };
}

/** Lines of scanned files, each file read once; a file that cannot be read has no lines (its fingerprint uses none). */
function sourceLines(cwd: string): (file: string, line: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      let lines: string[] | undefined;
      try {
        lines = readFileSync(resolve(cwd, file), "utf8").split(/\r?\n/);
      } catch {
        lines = undefined;
      }
      cache.set(file, lines);
    }
    return cache.get(file)?.[line - 1];
  };
}
