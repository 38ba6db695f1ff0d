import type { RunResult } from "../types.js";
import { redactText } from "./redact.js";

/** The versioned JSON result (`version: 1`): the run result as is, messages and waiver texts redacted. */
export function formatJson(result: RunResult): string {
  // The judging policies are for reporters; the JSON result names them in `coverage`.
  const { policies: _policies, ...rest } = result;
  const safe: RunResult = {
    ...rest,
    findings: result.findings.map((f) => ({
      ...f,
      message: redactText(f.message),
      ...(f.waiver ? { waiver: { ...f.waiver, reason: redactText(f.waiver.reason) } } : {}),
    })),
    waivers: result.waivers.map((w) => ({ ...w, waiver: { ...w.waiver, owner: redactText(w.waiver.owner), reason: redactText(w.waiver.reason) } })),
  };
  return `${JSON.stringify(safe, null, 2)}\n`;
}
