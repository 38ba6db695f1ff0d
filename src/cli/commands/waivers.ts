import { ExitCode } from "../../exit-code.js";
import { redactText } from "../../report/redact.js";
import { check } from "../../run.js";
import type { WaiverReport } from "../../types.js";
import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
import { outputFormat, settingsFrom } from "../options.js";

/** One row of `norecur waivers --format json`. */
export interface WaiverRow {
  policy: string;
  state: WaiverReport["state"];
  daysLeft: number;
  expires: string;
  owner: string;
  reason: string;
  origin: "file" | "inline";
  file: string;
  line: number;
  matched: number;
  paths?: string[];
  subject?: string;
  ticket?: string;
  approvedBy?: string;
  extensions?: number;
}

/**
 * `norecur waivers [paths...]`: every waiver with its state and days left. It runs a full check,
 * because whether a waiver is stale depends on the findings it would cover.
 */
export async function runWaivers(paths: readonly string[], values: CliValues, io: Io): Promise<number> {
  const format = outputFormat(values, ["json", "text"]);
  const result = await check(settingsFrom(paths, values, io.cwd));
  const rows = result.waivers.map(toRow);
  if (format === "json") {
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return ExitCode.Clean;
  }
  if (rows.length === 0) {
    io.out("No waivers.\n");
    return ExitCode.Clean;
  }
  const header = ["STATE", "DAYS", "EXPIRES", "POLICY", "OWNER", "MATCHED", "WHERE"];
  const table = rows.map((r) => [r.state, String(r.daysLeft), r.expires, r.policy, r.owner, String(r.matched), `${r.file}:${r.line}`]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? "").length)));
  const render = (cells: readonly string[]): string => cells.map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ").trimEnd();
  io.out(`${render(header)}\n`);
  rows.forEach((r, i) => io.out(`${render(table[i] ?? [])}\n${" ".repeat(4)}reason: ${r.reason}${r.extensions ? ` (extended ${r.extensions} times)` : ""}\n`));
  const counts = (["active", "expiring", "expired", "stale"] as const).map((s) => `${rows.filter((r) => r.state === s).length} ${s}`);
  io.out(`Waivers: ${rows.length} (${counts.join(", ")})\n`);
  return ExitCode.Clean;
}

function toRow(report: WaiverReport): WaiverRow {
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
    ...(waiver.paths ? { paths: waiver.paths } : {}),
    ...(waiver.subject !== undefined ? { subject: waiver.subject } : {}),
    ...(waiver.ticket !== undefined ? { ticket: waiver.ticket } : {}),
    ...(waiver.approvedBy !== undefined ? { approvedBy: waiver.approvedBy } : {}),
    ...(report.extensions !== undefined ? { extensions: report.extensions } : {}),
  };
}
