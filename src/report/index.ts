import { formatJson } from "./json.js";
import { toJunit } from "./junit.js";
import { renderSummary } from "./markdown/summary.js";
import type { ReportInputs } from "./report-inputs.js";
import { toSarif } from "./sarif.js";
import { formatText, type TextContext } from "./text.js";
import type { RunResult } from "../types.js";

/** What a format may use besides the result. Without `report`, SARIF and Markdown know no policy (findings get tool-level rules, no incidents or fixes). */
export interface FormatContext extends TextContext {
  /** Policies, incidents, version and source lines for SARIF and Markdown. */
  report?: ReportInputs | undefined;
}

const NO_INPUTS: ReportInputs = { policies: [], incidents: new Map(), version: "0.0.0", sourceLine: () => undefined };

/** Output formats by name. Literal and sorted. */
export const formatters: Readonly<Record<string, (result: RunResult, context: FormatContext) => string>> = {
  json: (result) => formatJson(result),
  junit: (result, context) => toJunit(result, context.report ?? NO_INPUTS),
  markdown: (result, context) => {
    const inputs = context.report ?? NO_INPUTS;
    return renderSummary(result, { policies: inputs.policies, incidents: inputs.incidents, diff: inputs.diff, ruleChanges: inputs.ruleChanges });
  },
  sarif: (result, context) => `${JSON.stringify(toSarif(result, context.report ?? NO_INPUTS), null, 2)}\n`,
  text: formatText,
};
