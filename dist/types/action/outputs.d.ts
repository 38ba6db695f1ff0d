import type { FindingDiff } from "../diff/types.js";
import { type RunResult } from "../types.js";
/** The Action's outputs (action.yml `outputs`), as strings the runner stores. */
export declare function actionOutputs(result: RunResult, extra: {
    diff?: FindingDiff;
    sarifFile?: string;
    resultFile?: string;
}): Record<string, string>;
