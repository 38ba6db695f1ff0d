import type { TextContext } from "../report/text.js";
import type { RunResult } from "../types.js";
import type { DiffRunResult } from "./diff-run.js";
/**
 * A diff-aware run in an output format: the head's report as the format writes it, plus the
 * comparison: a text section after the text report, a `diff` key in the JSON result. Other
 * formats (e.g. SARIF) carry the head's report alone.
 */
export declare function writeDiffRun(result: DiffRunResult, format: string, formatter: (result: RunResult, context: TextContext) => string, context: TextContext & {
    newOnly: boolean;
}): string;
