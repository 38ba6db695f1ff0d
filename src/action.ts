import { exitCodeFor } from "./exit-code.js";
import { NorecurError } from "./errors.js";
import { formatText } from "./report/text.js";
import { check } from "./run.js";
import { SEVERITIES, type Severity } from "./types.js";

/**
 * The GitHub Action entry point, kept thin: inputs → settings → the same `check` as the CLI.
 * Annotations, job summary, PR comment and SARIF come with the Action's own work.
 */
function input(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

try {
  const failOn = input("fail-on");
  if (failOn && !(SEVERITIES as readonly string[]).includes(failOn)) {
    throw new NorecurError("usage", `input fail-on must be one of ${SEVERITIES.join(", ")}`);
  }
  const result = await check({
    paths: input("paths").split(/\s+/).filter(Boolean),
    ...(failOn ? { failOn: failOn as Severity } : {}),
    ...(input("config") ? { config: input("config") } : {}),
  });
  process.stdout.write(formatText(result, { color: false }));
  process.exitCode = exitCodeFor(result, { allowEmpty: input("allow-empty") === "true" });
} catch (error) {
  process.stdout.write(`::error::${error instanceof Error ? error.message.replace(/\n/g, "%0A") : String(error)}\n`);
  process.exitCode = 2;
}
