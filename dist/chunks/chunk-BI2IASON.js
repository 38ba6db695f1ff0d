import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  formatJson,
  formatText,
  guardCommandLines,
  renderSummary,
  selectAnnotations,
  toSarif,
  workflowCommand
} from "./chunk-D5DYQBSA.js";
import {
  check,
  git,
  tryGit
} from "./chunk-AGQN5FQL.js";
import {
  redactText
} from "./chunk-BUIRFRZK.js";
import {
  NorecurError,
  severityRank,
  summarize
} from "./chunk-EJRCV5Q7.js";

// src/staged-run.ts
import { resolve } from "node:path";

// src/git/staged.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
function stagedTree(cwd) {
  const top = tryGit(cwd, ["rev-parse", "--show-toplevel"])?.trim();
  if (!top) throw new NorecurError("usage", `--staged: ${cwd} is not inside a git working tree`);
  const prefix = git(cwd, ["rev-parse", "--show-prefix"]).trim();
  const root = mkdtempSync(join(tmpdir(), "norecur-staged-"));
  try {
    git(top, ["checkout-index", "--all", "--force", `--prefix=${root}/`]);
    const changed = git(cwd, ["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--relative"]).split("\0").filter((path) => path.length > 0);
    return { cwd: join(root, prefix), changed, cleanup: () => rmSync(root, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

// src/staged-run.ts
async function stagedRun(settings) {
  const cwd = resolve(settings.cwd ?? process.cwd());
  const tree = stagedTree(cwd);
  try {
    const full = await check({ ...settings, cwd: tree.cwd });
    const staged = new Set(tree.changed);
    const findings = full.findings.filter((f) => staged.has(f.file));
    const files = full.files.filter((f) => staged.has(f.path));
    return { result: { ...full, files, findings, summary: summarize(files, findings, full.coverage) }, staged: tree.changed };
  } finally {
    tree.cleanup();
  }
}

// src/report/junit.ts
function toJunit(result, context) {
  const byPolicy = /* @__PURE__ */ new Map();
  for (const policy of [...context.policies].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) byPolicy.set(policy.id, []);
  for (const finding of result.findings) {
    const list = byPolicy.get(finding.policyId);
    if (list) list.push(finding);
    else byPolicy.set(finding.policyId, [finding]);
  }
  const titles = new Map(context.policies.map((p) => [p.id, p.title]));
  const subjects = new Map(result.coverage.map((c) => [c.policyId, c.subjects]));
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const suites = [];
  for (const [id, findings] of byPolicy) {
    const cases = findings.map((f) => testCase(f, result.failOn));
    if (cases.length === 0) cases.push({ xml: `    <testcase classname="${attr(id)}" name="${attr(`no findings (${subjects.get(id) ?? 0} subjects checked)`)}"/>`, outcome: "pass" });
    const suiteFailures = cases.filter((c) => c.outcome === "failure").length;
    const suiteSkipped = cases.filter((c) => c.outcome === "skipped").length;
    tests += cases.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    const name = titles.has(id) ? `${id}: ${titles.get(id) ?? ""}` : id;
    suites.push(
      `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">
${cases.map((c) => c.xml).join("\n")}
  </testsuite>`
    );
  }
  return [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="norecur" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`, ...suites, `</testsuites>`, ""].join("\n");
}
function testCase(f, failOn) {
  const where = f.file === "." ? "repository" : f.range ? `${f.file}:${f.range.line}:${f.range.column}` : f.file;
  const open = `    <testcase classname="${attr(f.policyId)}" name="${attr(`${where} ${f.subject}`)}" file="${attr(f.file)}"${f.range ? ` line="${f.range.line}"` : ""}>`;
  const message = attr(f.message);
  let body;
  let outcome = "skipped";
  if (f.status === "waived") {
    const w = f.waiver;
    body = `<skipped message="${attr(`waived${w ? ` by ${w.owner} until ${w.expires}: ${w.reason}` : ""}`)}"/>`;
  } else if (f.status === "unknown") {
    body = `<skipped message="${attr(`could not be decided: ${f.message}`)}"/>`;
  } else if (severityRank(f.severity) < severityRank(failOn)) {
    body = `<skipped message="${attr(`${f.severity}, below fail-on ${failOn}: ${f.message}`)}"/>`;
  } else {
    outcome = "failure";
    body = `<failure message="${message}" type="${f.severity}">${text(`${where}: ${f.message}`)}</failure>`;
  }
  return { xml: `${open}
      ${body}
    </testcase>`, outcome };
}
function text(value) {
  return redactText(value).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(value) {
  return text(value).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// src/report/index.ts
function formatGithub(result, context) {
  const { annotations, omitted } = selectAnnotations(result.findings, { policies: inputsFor(result, context).policies, changedLines: context.report?.changedLines });
  const lines = annotations.map(workflowCommand);
  if (omitted > 0) lines.push(`::notice title=norecur::${omitted} more finding${omitted === 1 ? " is" : "s are"} listed in the log below but not annotated (GitHub shows 10 errors and 10 warnings per step)`);
  return `${lines.map((l) => `${l}
`).join("")}${formatText(result, { color: false })}`;
}
var NO_INPUTS = { policies: [], incidents: /* @__PURE__ */ new Map(), version: "0.0.0", sourceLine: () => void 0 };
function inputsFor(result, context) {
  const inputs = context.report ?? NO_INPUTS;
  return result.policies ? { ...inputs, policies: result.policies } : inputs;
}
var formatters = {
  github: formatGithub,
  json: (result) => formatJson(result),
  junit: (result, context) => guardCommandLines(toJunit(result, inputsFor(result, context))),
  markdown: (result, context) => {
    const inputs = inputsFor(result, context);
    return guardCommandLines(renderSummary(result, { policies: inputs.policies, incidents: inputs.incidents, diff: inputs.diff, ruleChanges: inputs.ruleChanges }));
  },
  sarif: (result, context) => `${JSON.stringify(toSarif(result, inputsFor(result, context)), null, 2)}
`,
  text: formatText
};

export {
  stagedRun,
  formatters
};
