import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  emit
} from "./chunk-LDK7BJAC.js";
import {
  failOnNewOnly
} from "./chunk-E6MHUZM6.js";
import {
  formatters,
  stagedRun
} from "./chunk-BI2IASON.js";
import {
  diffRun,
  escapeControl,
  lineReader
} from "./chunk-D5DYQBSA.js";
import {
  loadIncidents
} from "./chunk-5L7OT6NP.js";
import "./chunk-2YLAO74A.js";
import {
  loadActivePolicies
} from "./chunk-LK47CGXX.js";
import "./chunk-U74WLDBN.js";
import {
  check,
  tryGit
} from "./chunk-AGQN5FQL.js";
import "./chunk-YJFN527I.js";
import {
  outputFormat,
  settingsFrom,
  useColor
} from "./chunk-M4JA72A4.js";
import "./chunk-KLKXLR7W.js";
import {
  byCodeUnits,
  redactText
} from "./chunk-BUIRFRZK.js";
import "./chunk-DARFTWNZ.js";
import {
  packageVersion
} from "./chunk-6H6NFEN3.js";
import {
  NorecurError,
  SEVERITIES,
  exitCodeFor
} from "./chunk-EJRCV5Q7.js";

// src/diff/cli-mode.ts
function diffMode(values, cwd) {
  const rulesFrom = values["rules-from"];
  if (rulesFrom !== void 0 && rulesFrom !== "base" && rulesFrom !== "head") {
    throw new NorecurError("usage", `--rules-from must be base or head, not "${rulesFrom}"`);
  }
  if (values.base === void 0) {
    if (values["new-only"]) throw new NorecurError("usage", "--new-only needs --base REF: new is relative to a base revision");
    if (rulesFrom !== void 0) throw new NorecurError("usage", "--rules-from needs --base REF");
    return { kind: "plain" };
  }
  if (tryGit(cwd, ["rev-parse", "--is-inside-work-tree"])?.trim() !== "true") {
    if (values["new-only"]) throw new NorecurError("usage", `--new-only: ${cwd} is not inside a git working tree, so no finding can be told new`);
    return { kind: "no-history", note: `norecur: findings were not compared with ${values.base}: not a git repository (or git is not installed)
` };
  }
  return { kind: "diff", base: values.base, rulesFrom: rulesFrom ?? "base", newOnly: values["new-only"] === true };
}

// src/diff/diff-report.ts
var where = (f) => `${f.file === "." ? "." : f.file}${f.range ? `:${f.range.line}:${f.range.column}` : ""}`;
function formatDiffText(result, context) {
  const paint = (code, text) => context.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const { diff } = result;
  const lines = [];
  const rules = result.rulesFrom === "base" ? `rules from ${result.baseRef}` : "rules from this change";
  lines.push(paint(4, `Compared with ${result.baseRef} (merge base ${result.mergeBase.slice(0, 12)}; ${rules})`));
  const row = (label, code, f) => `  ${paint(code, label.padEnd(6))} ${where(f)}  ${f.policyId}${f.status === "fail" ? "" : ` (${f.status})`}  ${redactText(f.message)}`;
  for (const f of diff.new) lines.push(row("NEW", 31, f));
  for (const f of diff.fixed) lines.push(row("fixed", 32, f));
  const failing = diff.new.filter((f) => f.status === "fail").length;
  lines.push(`Compared: ${diff.new.length} new (${failing} failing), ${diff.existing.length} existing, ${diff.fixed.length} fixed`);
  if (result.ruleChanges.length > 0) {
    const applied = result.rulesFrom === "head" ? "applied to this run" : `not applied: this run used the rules of ${result.baseRef}`;
    lines.push(paint(33, `Rule changes to review (${applied}):`));
    for (const change of result.ruleChanges) lines.push(`  ${change.change.padEnd(8)} ${change.kind.padEnd(7)} ${change.file}`);
  }
  if (result.refusedWaivers.length > 0) {
    lines.push(paint(33, `Inline waivers written by this change (not applied: this run used the rules of ${result.baseRef}):`));
    for (const w of result.refusedWaivers) lines.push(`  ${w.file}:${w.range.line}  ${w.policy}  owner ${redactText(w.owner)}, until ${w.expires}`);
  }
  if (context.newOnly) lines.push(paint(90, "Only new findings decide the exit code (--new-only)."));
  return `${lines.join("\n")}
`;
}
function diffJson(result) {
  const safe = (findings) => findings.map((f) => ({ ...f, message: redactText(f.message), ...f.waiver ? { waiver: { ...f.waiver, reason: redactText(f.waiver.reason) } } : {} }));
  return {
    base: result.baseRef,
    mergeBase: result.mergeBase,
    rulesFrom: result.rulesFrom,
    new: safe(result.diff.new),
    existing: safe(result.diff.existing),
    fixed: safe(result.diff.fixed),
    ruleChanges: result.ruleChanges,
    refusedWaivers: result.refusedWaivers.map((w) => ({ policy: w.policy, file: w.file, line: w.range.line, owner: redactText(w.owner), expires: w.expires })),
    changedLines: Object.fromEntries([...result.changedLines].sort(([a], [b]) => byCodeUnits(a, b)).map(([file, set]) => [file, [...set].sort((a, b) => a - b)]))
  };
}

// src/diff/diff-output.ts
function writeDiffRun(result, format, formatter, context) {
  const head = formatter(result.head, context);
  if (format === "json") return `${JSON.stringify({ ...JSON.parse(head), diff: diffJson(result) }, null, 2)}
`;
  if (format === "text") return `${head}
${formatDiffText(result, context)}`;
  return head;
}

// src/cli/commands/report-inputs.ts
var FORMATS_WITH_POLICIES = /* @__PURE__ */ new Set(["github", "junit", "markdown", "sarif"]);
function reportInputs(values, cwd) {
  return {
    policies: loadActivePolicies(values, cwd).map((compiled) => compiled.policy),
    incidents: loadIncidents(),
    version: packageVersion(),
    // Each scanned file is read once; a file that cannot be read has no lines (its fingerprint uses none).
    sourceLine: lineReader(cwd)
  };
}

// src/cli/commands/check.ts
function outputSummary(result, output) {
  const s = result.summary;
  const bySeverity = [...SEVERITIES].reverse().filter((sev) => s.failures[sev] > 0).map((sev) => `${s.failures[sev]} ${sev}`);
  const failing = bySeverity.length === 0 ? "no failing findings" : `failing findings: ${bySeverity.join(", ")}`;
  return `norecur: ${s.evaluated} files evaluated, ${failing}${s.unknown ? `, ${s.unknown} unknown` : ""}; report written to ${escapeControl(output)}`;
}
async function runCheck(paths, values, io) {
  const format = outputFormat(values, Object.keys(formatters));
  const formatter = formatters[format];
  const mode = diffMode(values, io.cwd);
  const allowEmpty = values["allow-empty"] === true;
  const color = useColor(io.isTTY, io.env);
  const report = FORMATS_WITH_POLICIES.has(format) ? reportInputs(values, io.cwd) : void 0;
  if (values.staged) {
    if (mode.kind !== "plain") throw new NorecurError("usage", "--staged checks the git index; it does not combine with --base, --new-only or --rules-from");
    const { result: result2, staged } = await stagedRun(settingsFrom(paths, values, io.cwd));
    if (formatter) emit(io, values, formatter(result2, { color, report }));
    if (result2.summary.evaluated === 0) io.err(`norecur: none of the ${staged.length} staged file(s) is read by an active policy
`);
    return exitCodeFor(result2, { allowEmpty: true });
  }
  if (mode.kind === "diff") {
    const compared = await diffRun({ ...settingsFrom(paths, values, io.cwd), base: mode.base, rulesFrom: mode.rulesFrom });
    const compareReport = report ? { report: { ...report, diff: compared.diff, ruleChanges: compared.ruleChanges, changedLines: compared.changedLines } } : {};
    if (formatter) emit(io, values, writeDiffRun(compared, format, formatter, { color, newOnly: mode.newOnly, ...compareReport }));
    return mode.newOnly ? failOnNewOnly(compared, { allowEmpty }) : exitCodeFor(compared.head, { allowEmpty });
  }
  if (mode.kind === "no-history") io.err(mode.note);
  const result = await check(settingsFrom(paths, values, io.cwd));
  if (formatter) emit(io, values, formatter(result, { color, report }));
  if (values.output !== void 0) io.err(`${outputSummary(result, values.output)}
`);
  return exitCodeFor(result, { allowEmpty });
}
export {
  runCheck
};
