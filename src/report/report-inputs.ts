import type { FindingDiff, RuleChange } from "../diff/types.js";
import type { Policy } from "../types.js";
import type { IncidentCatalogue } from "./markdown/policy-help.js";

/**
 * What the SARIF and Markdown formats need besides the run result. Reporters stay pure: the
 * caller (the CLI, the Action) loads these and passes them in.
 */
export interface ReportInputs {
  /** The policies that ran. */
  policies: readonly Policy[];
  /** The incident catalogue. */
  incidents: IncidentCatalogue;
  /** norecur's version. */
  version: string;
  /** The text of a line of a scanned file (for fingerprints). */
  sourceLine: (file: string, line: number) => string | undefined;
  /** With a base revision: new, existing and fixed findings. */
  diff?: FindingDiff | undefined;
  /** With a base revision: changes to policies, config and waivers. */
  ruleChanges?: readonly RuleChange[] | undefined;
  /** With a base revision: lines the change added or modified, by file (annotations there come first). */
  changedLines?: ReadonlyMap<string, ReadonlySet<number>> | undefined;
}

/**
 * `inputs` with `changes` laid over it, copied by property descriptors: the command line's
 * inputs load their policies only when read (a check's result names its own), and a spread
 * would read them.
 */
export function withReportInputs(inputs: ReportInputs, changes: Partial<ReportInputs>): ReportInputs {
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(inputs), ...Object.getOwnPropertyDescriptors(changes) }) as ReportInputs;
}
