import type { RunResult } from "./types.js";
/** Documented exit codes (README "Exit codes"). */
export declare const ExitCode: {
    /** No failing finding at or above the threshold. */
    readonly Clean: 0;
    /** Failing findings at or above the threshold. */
    readonly Findings: 1;
    /** Usage, config or policy error. */
    readonly Usage: 2;
    /** Nothing was checked: no file matched any active policy. */
    readonly NothingChecked: 3;
};
/** The exit code of a check run. Computed once, here; only the CLI and the Action apply it. */
export declare function exitCodeFor(result: RunResult, options: {
    allowEmpty: boolean;
}): number;
