import { diffMode } from "../../diff/cli-mode.js";
import { NorecurError } from "../../errors.js";
import { exitCodeFor } from "../../exit-code.js";
import { formatters } from "../../report/index.js";
import { check } from "../../run.js";
import { SEVERITIES, type RunResult } from "../../types.js";
import { escapeControl } from "../../report/safe-lines.js";
import { withReportInputs } from "../../report/report-inputs.js";
import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
import { outputFormat, settingsFrom, useColor } from "../options.js";
import { emit } from "../write-output.js";
import { FORMATS_WITH_POLICIES, reportInputs } from "./report-inputs.js";

/** `norecur: 12 files evaluated, 3 failing findings (1 critical, 2 high), 1 unknown; report written to norecur.sarif`. */
function outputSummary(result: RunResult, output: string): string {
  const s = result.summary;
  const bySeverity = [...SEVERITIES].reverse().filter((sev) => s.failures[sev] > 0).map((sev) => `${s.failures[sev]} ${sev}`);
  const failing = bySeverity.length === 0 ? "no failing findings" : `failing findings: ${bySeverity.join(", ")}`;
  return `norecur: ${s.evaluated} files evaluated, ${failing}${s.unknown ? `, ${s.unknown} unknown` : ""}; report written to ${escapeControl(output)}`;
}

/** `norecur check [paths...]`. */
export async function runCheck(paths: readonly string[], values: CliValues, io: Io): Promise<number> {
  const format = outputFormat(values, Object.keys(formatters));
  const formatter = formatters[format];
  const mode = diffMode(values, io.cwd);
  const allowEmpty = values["allow-empty"] === true;
  const color = useColor(io.isTTY, io.env);
  const report = FORMATS_WITH_POLICIES.has(format) ? reportInputs(values, io.cwd) : undefined;
  if (values.staged) {
    if (mode.kind !== "plain") throw new NorecurError("usage", "--staged checks the git index; it does not combine with --base, --new-only or --rules-from");
    // A commit that touches no checked file is fine: nothing to check is not a failure here.
    const { stagedRun } = await import("../../staged-run.js");
    const { result, staged } = await stagedRun(settingsFrom(paths, values, io.cwd));
    if (formatter) emit(io, values, formatter(result, { color, report }));
    if (result.summary.evaluated === 0) io.err(`norecur: none of the ${staged.length} staged file(s) is read by an active policy\n`);
    return exitCodeFor(result, { allowEmpty: true });
  }
  if (mode.kind === "diff") {
    // --base: compare with the base revision (docs/pull-requests.md). Loaded only for such a run.
    const [{ diffRun }, { writeDiffRun }, { failOnNewOnly }] = await Promise.all([import("../../diff/diff-run.js"), import("../../diff/diff-output.js"), import("../../diff/new-only.js")]);
    const compared = await diffRun({ ...settingsFrom(paths, values, io.cwd), base: mode.base, rulesFrom: mode.rulesFrom });
    const compareReport = report ? { report: withReportInputs(report, { diff: compared.diff, ruleChanges: compared.ruleChanges, changedLines: compared.changedLines }) } : {};
    if (formatter) emit(io, values, writeDiffRun(compared, format, formatter, { color, newOnly: mode.newOnly, ...compareReport }));
    return mode.newOnly ? failOnNewOnly(compared, { allowEmpty }) : exitCodeFor(compared.head, { allowEmpty });
  }
  if (mode.kind === "no-history") io.err(mode.note);
  const result = await check(settingsFrom(paths, values, io.cwd));
  if (formatter) emit(io, values, formatter(result, { color, report }));
  // The report went to a file: say in one line what it holds, so a CI log is not silent.
  if (values.output !== undefined) io.err(`${outputSummary(result, values.output)}\n`);
  return exitCodeFor(result, { allowEmpty });
}
