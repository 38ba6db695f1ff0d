import type { RunResult } from "../types.js";
/**
 * The one redaction step between a run and every output: every string of the result except
 * paths goes through {@link redactText}, so a reporter, a message template of a custom policy
 * or a parse-error excerpt cannot print a credential even if it forgets to redact. Reporters
 * redact again what they add themselves (policy text), which is harmless.
 */
export declare function redactResult(result: RunResult): RunResult;
