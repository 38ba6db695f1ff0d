import type { TextContext } from "../report/text.js";
import type { RunResult } from "../types.js";
import { diffJson, formatDiffText } from "./diff-report.js";
import type { DiffRunResult } from "./diff-run.js";

/**
 * A diff-aware run in an output format: the head's report as the format writes it, plus the
 * comparison: a text section after the text report, a `diff` key in the JSON result. Other
 * formats (e.g. SARIF) carry the head's report alone.
 */
export function writeDiffRun(
  result: DiffRunResult,
  format: string,
  formatter: (result: RunResult, context: TextContext) => string,
  context: TextContext & { newOnly: boolean },
): string {
  const head = formatter(result.head, context);
  if (format === "json") return `${JSON.stringify({ ...(JSON.parse(head) as object), diff: diffJson(result) }, null, 2)}\n`;
  if (format === "text") return `${head}\n${formatDiffText(result, context)}`;
  return head;
}
