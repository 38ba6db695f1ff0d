import { severityRank } from "./result.js";
import type { RunResult } from "./types.js";

/** Documented exit codes (README "Exit codes"). */
export const ExitCode = {
  /** No failing finding at or above the threshold. */
  Clean: 0,
  /** Failing findings at or above the threshold. */
  Findings: 1,
  /** Usage, config or policy error. */
  Usage: 2,
  /** Nothing was checked: no file matched any active policy. */
  NothingChecked: 3,
} as const;

/** The exit code of a check run. Computed once, here; only the CLI and the Action apply it. */
export function exitCodeFor(result: RunResult, options: { allowEmpty: boolean }): number {
  const threshold = severityRank(result.failOn);
  const failing = result.findings.some((f) => f.status === "fail" && severityRank(f.severity) >= threshold);
  if (failing) return ExitCode.Findings;
  if (result.summary.evaluated === 0 && !options.allowEmpty) return ExitCode.NothingChecked;
  return ExitCode.Clean;
}
