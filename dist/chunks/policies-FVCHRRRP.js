import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  loadActivePolicies
} from "./chunk-LK47CGXX.js";
import "./chunk-U74WLDBN.js";
import {
  outputFormat
} from "./chunk-M4JA72A4.js";
import "./chunk-KLKXLR7W.js";
import "./chunk-BUIRFRZK.js";
import "./chunk-DARFTWNZ.js";
import "./chunk-6H6NFEN3.js";
import {
  ExitCode
} from "./chunk-EJRCV5Q7.js";

// src/cli/commands/policies.ts
function runPolicies(values, io) {
  const format = outputFormat(values, ["json", "text"]);
  const policies = loadActivePolicies(values, io.cwd).map(({ policy }) => ({
    id: policy.id,
    severity: policy.severity,
    title: policy.title,
    incidents: policy.incidents.map((i) => i.id)
  }));
  if (format === "json") {
    io.out(`${JSON.stringify(policies, null, 2)}
`);
    return ExitCode.Clean;
  }
  const idWidth = Math.max(2, ...policies.map((p) => p.id.length));
  io.out(`${"ID".padEnd(idWidth)}  SEVERITY  TITLE
`);
  for (const p of policies) {
    io.out(`${p.id.padEnd(idWidth)}  ${p.severity.padEnd(8)}  ${p.title}
${" ".repeat(idWidth + 12)}incidents: ${p.incidents.join(", ") || "-"}
`);
  }
  return ExitCode.Clean;
}
export {
  runPolicies
};
