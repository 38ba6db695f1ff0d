import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as core from "@actions/core";
import { diffRun, type DiffRunResult } from "../diff/diff-run.js";
import { failOnNewOnly } from "../diff/new-only.js";
import { lineReader } from "../diff/source-lines.js";
import { exitCodeFor, ExitCode } from "../exit-code.js";
import { createGitHubClient } from "../github/client.js";
import { upsertPrComment } from "../github/pr-comment.js";
import { readGitHubSettings } from "../github/settings.js";
import { formatSnapshot } from "../github/snapshot.js";
import { loadActivePolicies } from "../policy/active-policies.js";
import { loadIncidents } from "../policy/incidents.js";
import { packageVersion } from "../package-root.js";
import { selectAnnotations } from "../report/annotations.js";
import { formatJson } from "../report/json.js";
import { PR_COMMENT_MARKER, renderPrComment } from "../report/markdown/pr-comment.js";
import { renderSummary } from "../report/markdown/summary.js";
import { toSarif } from "../report/sarif.js";
import { formatText } from "../report/text.js";
import { NorecurError } from "../errors.js";
import { tryGit } from "../git/git.js";
import { check } from "../run.js";
import type { Settings } from "../settings.js";
import type { RunResult } from "../types.js";
import type { GitHubContext } from "./context.js";
import type { ActionSettings } from "./inputs.js";
import { actionOutputs } from "./outputs.js";

/** Where live GitHub settings appear among the checked files (they are not on disk). */
export const LIVE_SETTINGS_PATH = ".norecur/github-settings.live.json";

/**
 * One Action run: settings → (live GitHub settings) → the same check as the CLI, diff-aware in a
 * pull request → annotations, job summary, SARIF, JSON, PR comment, outputs → the exit code.
 * Reporting problems (a read-only token on a fork's pull request) are warnings; they never hide
 * the findings or change the exit decision.
 */
export async function runAction(settings: ActionSettings, context: GitHubContext): Promise<number> {
  const cwd = settings.check.cwd ?? process.cwd();
  const checkSettings = { ...settings.check };
  if (settings.githubSettings) {
    const live = await liveSettings(settings, context);
    if (live !== undefined) checkSettings.virtualFiles = [{ path: LIVE_SETTINGS_PATH, format: "github-settings", text: live }];
  }

  const base = settings.base ?? (settings.diff === "auto" ? context.pullRequest?.baseSha : undefined);
  let diffed: DiffRunResult | undefined;
  let result: RunResult;
  if (base !== undefined && settings.diff !== "off") diffed = await compareWithBase(checkSettings, base, settings);
  result = diffed ? diffed.head : await check(checkSettings);

  process.stdout.write(formatText(result, { color: false }));
  // The policies that judged the result (the base revision's in a pull request), not the working tree's.
  const policies = result.policies ?? loadActivePolicies(settings.check, cwd).map((p) => p.policy);
  const incidents = loadIncidents();
  const sourceLine = lineReader(cwd);

  let notAnnotated = 0;
  if (settings.annotations) {
    const { annotations, omitted } = selectAnnotations(result.findings, { changedLines: diffed?.changedLines, policies });
    notAnnotated = omitted;
    for (const a of annotations) {
      const annotate = a.level === "error" ? core.error : a.level === "warning" ? core.warning : core.notice;
      // Live settings are no file of the repository: their annotations stand on the run, not on a line.
      if (a.file === LIVE_SETTINGS_PATH) {
        annotate(`GitHub settings: ${a.message}`, { title: a.title });
        continue;
      }
      const properties: core.AnnotationProperties = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
      if (a.startColumn !== undefined) properties.startColumn = a.startColumn;
      if (a.endColumn !== undefined) properties.endColumn = a.endColumn;
      annotate(a.message, properties);
    }
  }

  const fileUrl = fileLinker(context);
  if (settings.jobSummary && process.env["GITHUB_STEP_SUMMARY"]) {
    const markdown = renderSummary(result, { policies, incidents, diff: diffed?.diff, ruleChanges: diffed?.ruleChanges, notAnnotated, fileUrl });
    await core.summary.addRaw(markdown, true).write();
  }

  let sarifFile: string | undefined;
  if (settings.sarif !== undefined) {
    const sarif = toSarif(result, { policies, incidents, version: packageVersion(), sourceLine, diff: diffed?.diff });
    sarifFile = writeOutput(cwd, settings.sarif, `${JSON.stringify(sarif, null, 2)}\n`);
  }
  let resultFile: string | undefined;
  if (settings.resultJson !== undefined) resultFile = writeOutput(cwd, settings.resultJson, formatJson(result));

  if (settings.prComment && diffed && context.pullRequest && context.repository) {
    await commentOnPullRequest(settings, context, renderPrComment(result, { policies, incidents, diff: diffed.diff, ruleChanges: diffed.ruleChanges, changedLines: diffed.changedLines, fileUrl }));
  }

  for (const [name, value] of Object.entries(actionOutputs(result, { ...(diffed ? { diff: diffed.diff } : {}), ...(sarifFile ? { sarifFile } : {}), ...(resultFile ? { resultFile } : {}) }))) {
    core.setOutput(name, value);
  }

  const code = diffed && settings.failOnNewOnly ? failOnNewOnly(diffed, { allowEmpty: settings.allowEmpty }) : exitCodeFor(result, { allowEmpty: settings.allowEmpty });
  if (code === ExitCode.Findings) core.setFailed(`norecur: findings at or above ${result.failOn}${diffed && settings.failOnNewOnly ? " introduced by this pull request" : ""}`);
  if (code === ExitCode.NothingChecked) core.setFailed("norecur: nothing was checked (no file matched any active policy); set allow-empty: true if that is expected");
  return code;
}

/**
 * The run compared with the base revision, or undefined when the history is not there (the
 * default actions/checkout fetches one commit): the findings are still checked and reported,
 * unclassified, with a warning saying how to get the comparison, when the rules come from the
 * head anyway; with rules from the base the run stops, as it cannot read them. An explicit
 * `base` input that does not resolve is the user's error and stops the run.
 */
async function compareWithBase(checkSettings: Settings, base: string, settings: ActionSettings): Promise<DiffRunResult | undefined> {
  fetchHistory(checkSettings.cwd ?? process.cwd(), base);
  try {
    return await diffRun({ ...checkSettings, base, rulesFrom: settings.rulesFrom });
  } catch (error) {
    if (!(error instanceof NorecurError) || settings.base !== undefined) throw error;
    // Without the base, its rules cannot be read: judging by the pull request's own rules would
    // let it weaken them, so that needs an explicit `rules-from: head`.
    if (settings.rulesFrom === "base") {
      throw new NorecurError("usage", `the pull request's base revision is not available (${error.message}), so its rules cannot be read: use actions/checkout with fetch-depth: 0, or set rules-from: head (or diff: off) to judge with the pull request's own rules`);
    }
    core.warning(`norecur: findings are not compared with the pull request's base (${error.message}); use actions/checkout with fetch-depth: 0`);
    return undefined;
  }
}

/**
 * actions/checkout fetches one commit by default: without the base commit and the fork point
 * there is nothing to compare with. Fetch them from `origin` (checkout leaves its credentials
 * for exactly this), quietly: when it fails, the comparison says why.
 */
function fetchHistory(cwd: string, base: string): void {
  const known = tryGit(cwd, ["cat-file", "-e", `${base}^{commit}`]) !== undefined;
  const forked = known && tryGit(cwd, ["merge-base", base, "HEAD"]) !== undefined;
  if (forked) return;
  if (tryGit(cwd, ["rev-parse", "--is-shallow-repository"])?.trim() === "true") tryGit(cwd, ["fetch", "--quiet", "--no-tags", "--unshallow", "origin"]);
  if (tryGit(cwd, ["cat-file", "-e", `${base}^{commit}`]) === undefined) tryGit(cwd, ["fetch", "--quiet", "--no-tags", "origin", base]);
}

/** The live settings as snapshot text, or undefined (with a warning) when they cannot be read. */
async function liveSettings(settings: ActionSettings, context: GitHubContext): Promise<string | undefined> {
  const org = settings.githubOrg ?? context.repository?.owner;
  if (!settings.token) {
    core.warning("github-settings: no token; the organisation and repository settings were not checked");
    return undefined;
  }
  const client = createGitHubClient({ token: settings.token, baseUrl: context.apiUrl });
  const repos = context.repository ? [`${context.repository.owner}/${context.repository.repo}`] : undefined;
  try {
    const snapshot = await readGitHubSettings({ client, ...(org !== undefined ? { org } : {}), ...(repos ? { repos } : {}) });
    return formatSnapshot(snapshot);
  } catch (error) {
    core.warning(`github-settings: ${error instanceof Error ? error.message : String(error)}; the settings were not checked`);
    return undefined;
  }
}

async function commentOnPullRequest(settings: ActionSettings, context: GitHubContext, body: string | null): Promise<void> {
  if (!settings.token || !context.pullRequest || !context.repository) return;
  const client = createGitHubClient({ token: settings.token, baseUrl: context.apiUrl });
  // The comment carries its marker itself; the upsert writes its own marker line first.
  const text = body === null ? null : body.replace(`${PR_COMMENT_MARKER}\n`, "");
  try {
    const outcome = await upsertPrComment({
      client,
      owner: context.repository.owner,
      repo: context.repository.repo,
      issueNumber: context.pullRequest.number,
      body: text,
      marker: PR_COMMENT_MARKER,
    });
    core.info(`pull-request comment: ${outcome.action}${outcome.url ? ` (${outcome.url})` : ""}`);
  } catch (error) {
    core.warning(`pr-comment: ${error instanceof Error ? error.message : String(error)}`);
  }
}


function fileLinker(context: GitHubContext): ((file: string, line?: number) => string | undefined) | undefined {
  const server = process.env["GITHUB_SERVER_URL"] || "https://github.com";
  const sha = context.pullRequest?.headSha ?? process.env["GITHUB_SHA"];
  if (!context.repository || !sha) return undefined;
  const { owner, repo } = context.repository;
  return (file, line) => (file === "." || file === LIVE_SETTINGS_PATH ? undefined : `${server}/${owner}/${repo}/blob/${sha}/${file.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`);
}

function writeOutput(cwd: string, path: string, text: string): string {
  const full = resolve(cwd, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return path;
}

