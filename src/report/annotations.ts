import type { Finding, Policy, Severity } from "../types.js";
import { SEVERITIES } from "../types.js";
import { redactText } from "./redact.js";
import { escapeControl } from "./safe-lines.js";
import { toolRule } from "./tool-rules.js";

/** A GitHub check annotation, in the shape `@actions/core` takes (`core.error(message, properties)`). */
export interface Annotation {
  /** error, warning or notice. */
  level: "error" | "warning" | "notice";
  /** What is wrong, redacted. */
  message: string;
  /** Policy id and title. */
  title: string;
  /** File, relative to the repository root. */
  file: string;
  /** First line. */
  startLine: number;
  /** Last line. */
  endLine: number;
  /** First column; only when the finding is on one line (GitHub ignores columns otherwise). */
  startColumn?: number;
  /** Column just after the last character; only with `startColumn`. */
  endColumn?: number;
}

/** Which findings to annotate and how many. */
export interface AnnotationOptions {
  /** Lines the pull request added or changed, by file: findings there come first within a level. */
  changedLines?: ReadonlyMap<string, ReadonlySet<number>> | undefined;
  /** The policies that ran, for titles. */
  policies?: readonly Policy[] | undefined;
  /** Error annotations GitHub shows per step (10). */
  maxErrors?: number | undefined;
  /** Warning annotations GitHub shows per step (10). */
  maxWarnings?: number | undefined;
  /** Notice annotations GitHub shows per step (10). */
  maxNotices?: number | undefined;
}

const LEVEL: Record<Severity, Annotation["level"]> = { critical: "error", high: "error", medium: "warning", low: "warning", info: "notice" };

/**
 * The findings worth an annotation, most important first, within GitHub's per-step limits
 * (10 errors, 10 warnings, 10 notices; GitHub drops the rest silently, so we choose which).
 * Within a level: higher severity first, then findings on lines the pull request changed,
 * then failing before undecided. Waived findings are never annotated. `omitted` counts the
 * findings left out for the limits or for having no line (repository-level), so a job summary
 * can say that they are listed there.
 */
export function selectAnnotations(findings: readonly Finding[], options: AnnotationOptions = {}): { annotations: Annotation[]; omitted: number } {
  const titles = new Map((options.policies ?? []).map((p) => [p.id, p.title]));
  const limit: Record<Annotation["level"], number> = { error: options.maxErrors ?? 10, warning: options.maxWarnings ?? 10, notice: options.maxNotices ?? 10 };
  const candidates = findings
    .map((finding, index) => ({ finding, index, level: levelOf(finding), changed: onChangedLine(finding, options.changedLines) }))
    .filter((c) => c.finding.status !== "waived");
  candidates.sort(
    (a, b) =>
      SEVERITIES.indexOf(b.finding.severity) - SEVERITIES.indexOf(a.finding.severity) ||
      Number(b.changed) - Number(a.changed) ||
      Number(a.finding.status === "unknown") - Number(b.finding.status === "unknown") ||
      a.index - b.index,
  );
  const used: Record<Annotation["level"], number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const { finding, level } of candidates) {
    if (!finding.range || finding.file === "." || used[level] >= limit[level]) {
      omitted += 1;
      continue;
    }
    used[level] += 1;
    annotations.push(toAnnotation(finding, level, titles.get(finding.policyId) ?? toolRule(finding.policyId).title));
  }
  return { annotations, omitted };
}

/** Unknown findings are warnings whatever the severity: they ask for a look, they do not fail. */
function levelOf(finding: Finding): Annotation["level"] {
  return finding.status === "unknown" ? "warning" : LEVEL[finding.severity];
}

function onChangedLine(finding: Finding, changed: AnnotationOptions["changedLines"]): boolean {
  const lines = changed?.get(finding.file);
  const r = finding.range;
  if (!lines || !r) return false;
  for (const line of lines) if (line >= r.line && line <= r.endLine) return true;
  return false;
}

function toAnnotation(finding: Finding, level: Annotation["level"], title: string): Annotation {
  const r = finding.range;
  const startLine = Math.max(1, r?.line ?? 1);
  const endLine = Math.max(startLine, r?.endLine ?? startLine);
  const message = escapeControl(redactText(finding.status === "unknown" ? `Could not be decided from the files alone (check it by hand): ${finding.message}` : finding.message), { keepNewlines: true });
  const annotation: Annotation = { level, message, title: escapeControl(redactText(`${finding.policyId}: ${title}`)), file: escapeControl(finding.file), startLine, endLine };
  if (r && r.line === r.endLine && r.column >= 1) {
    annotation.startColumn = r.column;
    annotation.endColumn = Math.max(r.column, r.endColumn);
  }
  return annotation;
}

/**
 * An annotation as a workflow command line (`::error file=…,line=…::message`), for runs outside
 * the Action. Escaped as `@actions/core` does: `%`, CR and LF in the message; also `:` and `,`
 * in property values, which would otherwise end the value.
 */
export function workflowCommand(a: Annotation): string {
  const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const props: Array<[string, string | number | undefined]> = [
    ["file", a.file],
    ["line", a.startLine],
    ["endLine", a.endLine],
    ["col", a.startColumn],
    ["endColumn", a.endColumn],
    ["title", a.title],
  ];
  const list = props.filter((p): p is [string, string | number] => p[1] !== undefined).map(([k, v]) => `${k}=${property(String(v))}`);
  return `::${a.level} ${list.join(",")}::${data(a.message)}`;
}
