/** norecur as a library: the same `check` the CLI and the Action run, and its parts. */
export { check } from "./run.js";
export type { Settings } from "./settings.js";
export { exitCodeFor, ExitCode } from "./exit-code.js";
export { NorecurError, type UsageErrorCode } from "./errors.js";
export { loadPolicies, findPolicyFiles, type PolicySource } from "./policy/load-policies.js";
export type { CompiledPolicy, CompiledAssertion, CompiledTarget } from "./policy/compiled-policy.js";
export { builtinPolicyDir } from "./policy/builtin-dir.js";
export { runFixtures, type FixtureOutcome } from "./policy/run-fixtures.js";
export { parseFile } from "./parse-file.js";
export { inspect, type InspectedFile, type InspectedSubject, type InspectedField } from "./inspect.js";
export { subjectSchemas } from "./adapters/normalized/schemas/index.js";
export { publishedSubjectSchema } from "./adapters/normalized/schemas/publish.js";
export { formatText, type TextContext } from "./report/text.js";
export { formatJson } from "./report/json.js";
export { formatters } from "./report/index.js";
export { toSarif, type SarifContext, type SarifLog } from "./report/sarif.js";
export { renderSummary, type SummaryOptions } from "./report/markdown/summary.js";
export { renderPrComment, PR_COMMENT_MARKER, type PrCommentOptions } from "./report/markdown/pr-comment.js";
export { selectAnnotations, type Annotation, type AnnotationOptions } from "./report/annotations.js";
export { diffRun, type DiffRunResult, type DiffSettings } from "./diff/diff-run.js";
export { stagedRun, type StagedRunResult } from "./staged-run.js";
export { classifyFindings } from "./diff/classify.js";
export { findingFingerprint } from "./diff/fingerprint.js";
export type { FindingDiff, RuleChange } from "./diff/types.js";
export { readGitHubSettings, type ReadGitHubSettingsOptions } from "./github/settings.js";
export { createGitHubClient, type GitHubClientOptions } from "./github/client.js";
export { upsertPrComment } from "./github/pr-comment.js";
export type { GitHubSettingsSnapshot } from "./github/snapshot.js";
export { createCelEnv } from "./engine/cel-env.js";
export { policySchema } from "./policy/policy-schema.js";
export { configSchema } from "./config/config-schema.js";
export { waiverSchema } from "./waivers/waiver-schema.js";
export { WAIVER_EXPIRED, WAIVER_STALE } from "./waivers/apply-waivers.js";
export { WAIVER_EXTENDED } from "./waivers/extensions.js";
export { WAIVER_INVALID } from "./waivers/inline-waivers.js";
export { WAIVER_HISTORY_UNAVAILABLE } from "./waivers/waive.js";
export { formats } from "./discover/file-formats.js";
export { SEVERITIES } from "./types.js";
export type {
  Assertion,
  Document,
  DocPath,
  FileRecord,
  Finding,
  FindingStatus,
  Format,
  ParseError,
  ParseResult,
  Parser,
  PathSegment,
  ParamSpec,
  Policy,
  PolicyCoverage,
  PolicyTest,
  Range,
  RunResult,
  RunSummary,
  Severity,
  Subject,
  SubjectKind,
  Target,
  Waiver,
  WaiverDetails,
  WaiverReport,
  WaiverState,
} from "./types.js";
