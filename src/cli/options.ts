import { NorecurError } from "../errors.js";
import type { Settings } from "../settings.js";
import { SEVERITIES, type Severity } from "../types.js";
import type { CliValues } from "./main.js";

/** The typed settings a command line asks for. */
export function settingsFrom(paths: readonly string[], values: CliValues, cwd: string): Settings {
  const settings: Settings = { cwd, paths };
  if (values["fail-on"] !== undefined) settings.failOn = severity(values["fail-on"]);
  if (values.config !== undefined) settings.config = values.config;
  if (values.policies) settings.policyDirs = values.policies;
  if (values["no-builtin"]) settings.builtin = false;
  if (values.base !== undefined) settings.base = values.base;
  return settings;
}

function severity(value: string): Severity {
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new NorecurError("usage", `--fail-on must be one of ${SEVERITIES.join(", ")}, not "${value}"`);
}

/** `--format`, checked against what the command offers. */
export function outputFormat(values: CliValues, allowed: readonly string[]): string {
  const format = values.format ?? "text";
  if (!allowed.includes(format)) throw new NorecurError("usage", `--format must be one of ${allowed.join(", ")}, not "${format}"`);
  return format;
}

/** Colour only on a terminal, and never with NO_COLOR. */
export function useColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && !env["NO_COLOR"] && env["TERM"] !== "dumb";
}
