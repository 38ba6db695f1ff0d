import type { RunResult } from "../types.js";
import { redactText } from "./redact.js";

/** The versioned JSON result (`version: 1`): the run result as is, messages redacted. */
export function formatJson(result: RunResult): string {
  const safe: RunResult = { ...result, findings: result.findings.map((f) => ({ ...f, message: redactText(f.message) })) };
  return `${JSON.stringify(safe, null, 2)}\n`;
}
