import type { Finding, RunResult, Severity, WaiverDetails } from "../types.js";
import { SEVERITIES } from "../types.js";
import { redactText } from "./redact.js";
import { escapeControl, guardCommandLines } from "./safe-lines.js";
import { describeDays } from "../waivers/waiver-state.js";

/** The line under a waived finding: who answers for it and until when. */
function waiverLine(w: WaiverDetails): string {
  return escapeControl(redactText(`waived by ${w.owner} until ${w.expires} (${describeDays(w.daysLeft)}): ${w.reason} [${w.source}]`));
}

/** How a human terminal should be written to. */
export interface TextContext {
  /** Use ANSI colours (only on a TTY, and never when NO_COLOR is set). */
  color: boolean;
}

const CODES = { red: 31, yellow: 33, blue: 34, magenta: 35, gray: 90, bold: 1, underline: 4 } as const;
type Style = keyof typeof CODES;

const SEVERITY_STYLE: Record<Severity, Style> = { critical: "magenta", high: "red", medium: "yellow", low: "blue", info: "gray" };

/**
 * Findings grouped by file, then a summary. Pure: the same result gives the same text. Scanned
 * text and paths show with control characters escaped, and no line can start a workflow command.
 */
export function formatText(result: RunResult, context: TextContext): string {
  const paint = (style: Style, text: string): string => (context.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);

  for (const [file, findings] of byFile) {
    lines.push(paint("underline", file === "." ? ". (repository)" : escapeControl(file)));
    for (const f of findings) {
      const where = f.range ? `${f.range.line}:${f.range.column}` : "-";
      const label = f.status === "unknown" ? paint("yellow", "unknown ") : f.status === "waived" ? paint("gray", "waived  ") : paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8));
      lines.push(`  ${where.padEnd(8)} ${label} ${paint("bold", escapeControl(f.policyId).padEnd(12))} ${escapeControl(redactText(f.message))}`);
      if (f.waiver) lines.push(paint("gray", `${" ".repeat(33)}${waiverLine(f.waiver)}`));
    }
    lines.push("");
  }

  const s = result.summary;
  const failures = SEVERITIES.slice()
    .reverse()
    .filter((sev) => s.failures[sev] > 0)
    .map((sev) => paint(SEVERITY_STYLE[sev], `${s.failures[sev]} ${sev}`));
  const total = SEVERITIES.reduce((n, sev) => n + s.failures[sev], 0);
  lines.push(`Config: ${result.config !== undefined ? escapeControl(result.config) : "none (built-in defaults)"}`);
  lines.push(`Files: ${s.evaluated} evaluated, ${s.skipped} skipped, ${s.errored} errored`);
  const reasons = new Map<string, number>();
  for (const file of result.files) if (file.status === "skipped") reasons.set(file.reason ?? "", (reasons.get(file.reason ?? "") ?? 0) + 1);
  if (reasons.size > 0) {
    const parts = [...reasons].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([reason, n]) => `${n} ${escapeControl(reason)}`);
    lines.push(paint("gray", `Skipped: ${parts.join("; ")} (--format json lists each file)`));
  }
  lines.push(`Findings: ${total === 0 ? "none" : `${total} (${failures.join(", ")})`}${s.unknown ? `, ${s.unknown} unknown` : ""}${s.waived ? `, ${s.waived} waived` : ""}; failing at ${result.failOn} and above`);
  const expiring = result.waivers.filter((w) => w.state === "expiring");
  if (expiring.length > 0) {
    lines.push(paint("yellow", `Waivers expiring soon: ${expiring.length}`));
    for (const w of expiring) {
      lines.push(`  ${w.waiver.policy} ${describeDays(w.daysLeft)} (${w.waiver.expires}), owner ${escapeControl(redactText(w.waiver.owner))}, ${escapeControl(w.waiver.file)}:${w.waiver.range.line}`);
    }
  }
  if (s.unmatchedPolicies.length > 0) lines.push(paint("gray", `Policies that matched no subject: ${s.unmatchedPolicies.join(", ")}`));
  if (s.evaluated === 0) lines.push(paint("yellow", "Nothing was checked: no file matched any active policy."));
  return guardCommandLines(`${lines.join("\n")}\n`);
}
