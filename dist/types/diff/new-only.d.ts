import type { DiffRunResult } from "./diff-run.js";
/**
 * The exit code of a diff-aware run that fails only on what the change introduced: new failing
 * findings at or above the threshold. Existing findings are reported but do not block, so a
 * repository can adopt a policy without fixing every old finding first. "Nothing was checked"
 * still comes from the head run.
 */
export declare function failOnNewOnly(result: DiffRunResult, options: {
    allowEmpty: boolean;
}): number;
