import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  check
} from "./chunk-AGQN5FQL.js";
import "./chunk-YJFN527I.js";
import {
  outputFormat,
  settingsFrom
} from "./chunk-M4JA72A4.js";
import "./chunk-KLKXLR7W.js";
import {
  redactText
} from "./chunk-BUIRFRZK.js";
import "./chunk-DARFTWNZ.js";
import "./chunk-6H6NFEN3.js";
import {
  ExitCode
} from "./chunk-EJRCV5Q7.js";

// src/cli/commands/waivers.ts
async function runWaivers(paths, values, io) {
  const format = outputFormat(values, ["json", "text"]);
  const result = await check(settingsFrom(paths, values, io.cwd));
  const rows = result.waivers.map(toRow);
  if (format === "json") {
    io.out(`${JSON.stringify(rows, null, 2)}
`);
    return ExitCode.Clean;
  }
  if (rows.length === 0) {
    io.out("No waivers.\n");
    return ExitCode.Clean;
  }
  const header = ["STATE", "DAYS", "EXPIRES", "POLICY", "OWNER", "MATCHED", "WHERE"];
  const table = rows.map((r) => [r.state, String(r.daysLeft), r.expires, r.policy, r.owner, String(r.matched), `${r.file}:${r.line}`]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? "").length)));
  const render = (cells) => cells.map((c, i) => i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  io.out(`${render(header)}
`);
  rows.forEach((r, i) => io.out(`${render(table[i] ?? [])}
${" ".repeat(4)}reason: ${r.reason}${r.extensions ? ` (extended ${r.extensions} times)` : ""}
`));
  const counts = ["active", "expiring", "expired", "stale"].map((s) => `${rows.filter((r) => r.state === s).length} ${s}`);
  io.out(`Waivers: ${rows.length} (${counts.join(", ")})
`);
  return ExitCode.Clean;
}
function toRow(report) {
  const { waiver } = report;
  return {
    policy: waiver.policy,
    state: report.state,
    daysLeft: report.daysLeft,
    expires: waiver.expires,
    owner: redactText(waiver.owner),
    reason: redactText(waiver.reason),
    origin: waiver.origin,
    file: waiver.file,
    line: waiver.range.line,
    matched: report.matched,
    ...waiver.paths ? { paths: waiver.paths } : {},
    ...waiver.subject !== void 0 ? { subject: waiver.subject } : {},
    ...waiver.ticket !== void 0 ? { ticket: waiver.ticket } : {},
    ...waiver.approvedBy !== void 0 ? { approvedBy: waiver.approvedBy } : {},
    ...report.extensions !== void 0 ? { extensions: report.extensions } : {}
  };
}
export {
  runWaivers
};
