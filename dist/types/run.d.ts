import type { Settings } from "./settings.js";
import type { RunResult } from "./types.js";
/**
 * One run: config → policies → discover → parse → adapt → evaluate → waive → result. The CLI, the
 * Action and library callers all come through here; exit codes are decided by the caller.
 */
export declare function check(settings?: Settings): Promise<RunResult>;
