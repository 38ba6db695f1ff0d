import { exitCodeFor } from "../../exit-code.js";
import { formatters } from "../../report/index.js";
import { check } from "../../run.js";
import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
import { outputFormat, settingsFrom, useColor } from "../options.js";

/** `norecur check [paths...]`. */
export async function runCheck(paths: readonly string[], values: CliValues, io: Io): Promise<number> {
  const format = outputFormat(values, Object.keys(formatters));
  const result = await check(settingsFrom(paths, values, io.cwd));
  const formatter = formatters[format];
  if (formatter) io.out(formatter(result, { color: useColor(io.isTTY, io.env) }));
  return exitCodeFor(result, { allowEmpty: values["allow-empty"] === true });
}
