import type { CompiledPolicy } from "../policy/compiled-policy.js";
import type { Finding, Subject } from "../types.js";
/** What one policy needs from the run. */
export interface EvaluationContext {
    /** Every subject of the run, by kind. */
    subjects: ReadonlyMap<string, readonly Subject[]>;
    /** The policy's params: defaults with config overrides applied. */
    params: Readonly<Record<string, unknown>>;
    /** The run's clock, as the CEL `now` binding. */
    now: unknown;
}
/** Findings of one policy, and how many subjects it looked at. */
export interface PolicyOutcome {
    /** Fail and unknown findings. */
    findings: Finding[];
    /** Subjects evaluated after filtering and selection. */
    subjects: number;
}
/** Runs one compiled policy over the subjects of a run. Never throws on data. */
export declare function evaluatePolicy(compiled: CompiledPolicy, context: EvaluationContext): PolicyOutcome;
