import type { RunResult } from "../types.js";
/** The versioned JSON result (`version: 1`): the run result as is, messages and waiver texts redacted. */
export declare function formatJson(result: RunResult): string;
