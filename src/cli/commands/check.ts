import { diffMode } from "../../diff/cli-mode.js";
import { diffRun } from "../../diff/diff-run.js";
import { writeDiffRun } from "../../diff/diff-output.js";
import { failOnNewOnly } from "../../diff/new-only.js";
import { exitCodeFor } from "../../exit-code.js";
import { formatters } from "../../report/index.js";
import { check } from "../../run.js";
import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
import { outputFormat, settingsFrom, useColor } from "../options.js";

/** `norecur check [paths...]`. */
export async function runCheck(paths: readonly string[], values: CliValues, io: Io): Promise<number> {
  const format = outputFormat(values, Object.keys(formatters));
  const formatter = formatters[format];
  const mode = diffMode(values, io.cwd);
  const allowEmpty = values["allow-empty"] === true;
  const color = useColor(io.isTTY, io.env);
  if (mode.kind === "diff") {
    // --base: compare with the base revision (docs/pull-requests.md).
    const compared = await diffRun({ ...settingsFrom(paths, values, io.cwd), base: mode.base, rulesFrom: mode.rulesFrom });
    if (formatter) io.out(writeDiffRun(compared, format, formatter, { color, newOnly: mode.newOnly }));
    return mode.newOnly ? failOnNewOnly(compared, { allowEmpty }) : exitCodeFor(compared.head, { allowEmpty });
  }
  if (mode.kind === "no-history") io.err(mode.note);
  const result = await check(settingsFrom(paths, values, io.cwd));
  if (formatter) io.out(formatter(result, { color }));
  return exitCodeFor(result, { allowEmpty });
}
