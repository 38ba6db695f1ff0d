import { ExitCode } from "../../exit-code.js";
import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
import { outputFormat } from "../options.js";
import { loadActivePolicies } from "./load-active.js";

/** `norecur policies`: id, severity, title, incidents. */
export function runPolicies(values: CliValues, io: Io): number {
  const format = outputFormat(values, ["json", "text"]);
  const policies = loadActivePolicies(values, io.cwd).map(({ policy }) => ({
    id: policy.id,
    severity: policy.severity,
    title: policy.title,
    incidents: policy.incidents.map((i) => i.id),
  }));
  if (format === "json") {
    io.out(`${JSON.stringify(policies, null, 2)}\n`);
    return ExitCode.Clean;
  }
  const idWidth = Math.max(2, ...policies.map((p) => p.id.length));
  io.out(`${"ID".padEnd(idWidth)}  SEVERITY  TITLE\n`);
  for (const p of policies) {
    io.out(`${p.id.padEnd(idWidth)}  ${p.severity.padEnd(8)}  ${p.title}\n${" ".repeat(idWidth + 12)}incidents: ${p.incidents.join(", ") || "-"}\n`);
  }
  return ExitCode.Clean;
}
