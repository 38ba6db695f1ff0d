import type { Policy, RunResult } from "../types.js";
/**
 * The run as JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure). One
 * test suite per policy; one test case per finding, or one passing case for a policy that found
 * nothing. Failing findings at or above `fail-on` are failures; findings that do not fail the run
 * (below the threshold, undecided, waived) are skipped with the reason, so the report is red
 * exactly when the exit code is.
 */
export declare function toJunit(result: RunResult, context: {
    policies: readonly Policy[];
}): string;
