import { selectAnnotations, workflowCommand } from "./annotations.js";
import { formatJson } from "./json.js";
import { toJunit } from "./junit.js";
import { renderSummary } from "./markdown/summary.js";
import { withReportInputs, type ReportInputs } from "./report-inputs.js";
import { guardCommandLines } from "./safe-lines.js";
import { toSarif } from "./sarif.js";
import { formatText, type TextContext } from "./text.js";
import type { RunResult } from "../types.js";

/** What a format may use besides the result. Without `report`, SARIF and Markdown know no policy (findings get tool-level rules, no incidents or fixes). */
export interface FormatContext extends TextContext {
  /** Policies, incidents, version and source lines for SARIF and Markdown. */
  report?: ReportInputs | undefined;
}

/** Annotations as workflow commands (most important first, within GitHub's limits), then the text report for the log. */
function formatGithub(result: RunResult, context: FormatContext): string {
  const { annotations, omitted } = selectAnnotations(result.findings, { policies: inputsFor(result, context).policies, changedLines: context.report?.changedLines });
  const lines = annotations.map(workflowCommand);
  if (omitted > 0) lines.push(`::notice title=norecur::${omitted} more finding${omitted === 1 ? " is" : "s are"} listed in the log below but not annotated (GitHub shows 10 errors and 10 warnings per step)`);
  return `${lines.map((l) => `${l}\n`).join("")}${formatText(result, { color: false })}`;
}

const NO_INPUTS: ReportInputs = { policies: [], incidents: new Map(), version: "0.0.0", sourceLine: () => undefined };

/**
 * The report inputs with the policies that judged the result: in a pull request those are the
 * base revision's, which may differ from the working tree's (a change that lowers a severity
 * must not make its own SARIF rule disagree with its result).
 */
function inputsFor(result: RunResult, context: FormatContext): ReportInputs {
  const inputs = context.report ?? NO_INPUTS;
  return result.policies ? withReportInputs(inputs, { policies: result.policies }) : inputs;
}

/** Output formats by name. Literal and sorted. */
export const formatters: Readonly<Record<string, (result: RunResult, context: FormatContext) => string>> = {
  github: formatGithub,
  json: (result) => formatJson(result),
  junit: (result, context) => guardCommandLines(toJunit(result, inputsFor(result, context))),
  markdown: (result, context) => {
    const inputs = inputsFor(result, context);
    return guardCommandLines(renderSummary(result, { policies: inputs.policies, incidents: inputs.incidents, diff: inputs.diff, ruleChanges: inputs.ruleChanges }));
  },
  sarif: (result, context) => `${JSON.stringify(toSarif(result, inputsFor(result, context)), null, 2)}\n`,
  text: formatText,
};
