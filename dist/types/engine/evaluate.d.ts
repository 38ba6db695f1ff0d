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
/**
 * One policy over a run's subjects given in parts (the files streamed in batches, then the rest;
 * docs/streaming.md), with the findings and count one call over them all gives. A policy without
 * `related` judges each part as it comes. One with `related` judges a target against every related
 * subject of the run, so it keeps the related subjects and the targets its `where` selected until
 * the last part. Findings keep the order of one call (related selection, target selection,
 * assertions) within each file, which is all `distinct` and the report depend on.
 */
export declare class PolicyStream {
    #private;
    constructor(compiled: CompiledPolicy, params: Readonly<Record<string, unknown>>, now: unknown);
    /** One part of the run's subjects, by kind. */
    add(subjects: ReadonlyMap<string, readonly Subject[]>): void;
    /** The policy's findings and the number of subjects it judged, once every part is in. */
    finish(): PolicyOutcome;
}
