import type { FindingDiff } from "../diff/types.js";
import { severityRank } from "../result.js";
import { SEVERITIES, type RunResult } from "../types.js";

/** The Action's outputs (action.yml `outputs`), as strings the runner stores. */
export function actionOutputs(result: RunResult, extra: { diff?: FindingDiff; sarifFile?: string; resultFile?: string }): Record<string, string> {
  const threshold = severityRank(result.failOn);
  const failing = result.findings.filter((f) => f.status === "fail");
  const outputs: Record<string, string> = {
    failures: String(failing.filter((f) => severityRank(f.severity) >= threshold).length),
    unknown: String(result.summary.unknown),
    waived: String(result.summary.waived),
    new: extra.diff ? String(extra.diff.new.filter((f) => f.status !== "waived").length) : "",
    fixed: extra.diff ? String(extra.diff.fixed.filter((f) => f.status !== "waived").length) : "",
    "sarif-file": extra.sarifFile ?? "",
    "result-file": extra.resultFile ?? "",
  };
  for (const severity of SEVERITIES) outputs[severity] = String(result.summary.failures[severity]);
  return outputs;
}
