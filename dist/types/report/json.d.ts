import type { RunResult } from "../types.js";
/** The versioned JSON result (`version: 1`): the run result as is, messages redacted. */
export declare function formatJson(result: RunResult): string;
