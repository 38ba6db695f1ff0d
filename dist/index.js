import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  inspect
} from "./chunks/chunk-BER2EH7D.js";
import {
  PR_COMMENT_MARKER,
  renderPrComment,
  upsertPrComment
} from "./chunks/chunk-ZA4LT3W7.js";
import {
  createGitHubClient,
  readGitHubSettings
} from "./chunks/chunk-WTCQLU6T.js";
import {
  formatters,
  stagedRun
} from "./chunks/chunk-BI2IASON.js";
import {
  classifyFindings,
  diffRun,
  findingFingerprint,
  formatJson,
  formatText,
  renderSummary,
  selectAnnotations,
  toSarif
} from "./chunks/chunk-D5DYQBSA.js";
import {
  runFixtures
} from "./chunks/chunk-J7HW5UUG.js";
import "./chunks/chunk-2YLAO74A.js";
import {
  WAIVER_EXPIRED,
  WAIVER_EXTENDED,
  WAIVER_HISTORY_UNAVAILABLE,
  WAIVER_INVALID,
  WAIVER_STALE,
  check,
  parseBounded,
  waiverSchema
} from "./chunks/chunk-AGQN5FQL.js";
import {
  detectFormat,
  getParser
} from "./chunks/chunk-YJFN527I.js";
import {
  builtinPolicyDir,
  createCelEnv,
  findPolicyFiles,
  loadPolicies,
  policySchema,
  subjectSchemas
} from "./chunks/chunk-KLKXLR7W.js";
import {
  configSchema,
  formats
} from "./chunks/chunk-BUIRFRZK.js";
import "./chunks/chunk-DARFTWNZ.js";
import "./chunks/chunk-6H6NFEN3.js";
import {
  ExitCode,
  NorecurError,
  SEVERITIES,
  exitCodeFor
} from "./chunks/chunk-EJRCV5Q7.js";

// src/parse-file.ts
function parseFile(path, text, format) {
  const chosen = format ?? detectFormat(path, () => text, []);
  const parser = chosen ? getParser(formats[chosen]?.parser ?? chosen) : void 0;
  if (!parser) {
    return { format: chosen, result: { ok: false, errors: [{ message: `no parser for ${path}`, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } }] } };
  }
  return { format: chosen, result: parseBounded(parser, text, path) };
}

// src/adapters/normalized/schemas/publish.ts
function publishedSubjectSchema(kind) {
  const schema = subjectSchemas[kind];
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `https://norecur.dev/schemas/subjects/${kind}.schema.json`,
    title: `norecur ${kind} subject`,
    description: `What a policy targeting \`${kind}\` reads: \`subject\` (the subject's data) and \`meta\` (facts about it). Policies are checked against it when they load.`,
    type: "object",
    required: ["subject", "meta"],
    properties: {
      subject: schema.value ?? { description: "The document's own data, as written: its shape is the file's." },
      meta: schema.meta
    }
  };
}
export {
  ExitCode,
  NorecurError,
  PR_COMMENT_MARKER,
  SEVERITIES,
  WAIVER_EXPIRED,
  WAIVER_EXTENDED,
  WAIVER_HISTORY_UNAVAILABLE,
  WAIVER_INVALID,
  WAIVER_STALE,
  builtinPolicyDir,
  check,
  classifyFindings,
  configSchema,
  createCelEnv,
  createGitHubClient,
  diffRun,
  exitCodeFor,
  findPolicyFiles,
  findingFingerprint,
  formatJson,
  formatText,
  formats,
  formatters,
  inspect,
  loadPolicies,
  parseFile,
  policySchema,
  publishedSubjectSchema,
  readGitHubSettings,
  renderPrComment,
  renderSummary,
  runFixtures,
  selectAnnotations,
  stagedRun,
  subjectSchemas,
  toSarif,
  upsertPrComment,
  waiverSchema
};
