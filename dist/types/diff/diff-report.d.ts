import type { DiffRunResult } from "./diff-run.js";
/** How the section is written; the same switch as the text report's. */
export interface DiffTextContext {
    /** ANSI colours. */
    color: boolean;
    /** Whether only new findings decide the exit code (said in the last line). */
    newOnly: boolean;
}
/**
 * The comparison with the base, written after the ordinary report: every new finding marked
 * NEW with where it is, every fixed one, counts, and the rule files the change touches (with
 * whether they were applied). Pure: the same result gives the same text.
 */
export declare function formatDiffText(result: DiffRunResult, context: DiffTextContext): string;
/** The comparison as JSON, added to the result under `diff`: the findings of each class, rule changes and changed lines. */
export declare function diffJson(result: DiffRunResult): Record<string, unknown>;
