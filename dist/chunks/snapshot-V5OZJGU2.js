import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  DEFAULT_GITHUB_SNAPSHOT,
  formatSnapshot
} from "./chunk-FWO5X4UK.js";
import {
  GitHubError,
  createGitHubClient,
  readGitHubSettings
} from "./chunk-WTCQLU6T.js";
import {
  findUnknown
} from "./chunk-DARFTWNZ.js";
import {
  ExitCode,
  NorecurError
} from "./chunk-EJRCV5Q7.js";

// src/cli/commands/snapshot.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
async function runSnapshot(args, values, io) {
  const [target, ...extra] = args;
  if (target !== "github" || extra.length > 0) {
    throw new NorecurError("usage", `snapshot takes one source, "github" (got ${args.length === 0 ? "none" : `"${args.join(" ")}"`}). Run norecur --help for usage.`);
  }
  if (values.org === void 0 && values.repo === void 0) throw new NorecurError("usage", "snapshot github needs --org ORG and/or --repo OWNER/NAME");
  const token = io.env["GITHUB_TOKEN"] || io.env["GH_TOKEN"];
  if (!token) throw new NorecurError("usage", "snapshot github needs a token in GITHUB_TOKEN or GH_TOKEN (see docs/github-settings.md for the permissions)");
  const client = createGitHubClient({ token, baseUrl: io.env["GITHUB_API_URL"] || "https://api.github.com", userAgent: "norecur" });
  let snapshot;
  try {
    snapshot = await readGitHubSettings({ client, ...values.org !== void 0 ? { org: values.org } : {}, ...values.repo !== void 0 ? { repos: values.repo } : {} });
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    io.err(`norecur: github error: ${error.message}
`);
    return ExitCode.Usage;
  }
  const output = resolve(io.cwd, values.output ?? DEFAULT_GITHUB_SNAPSHOT);
  try {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, formatSnapshot(snapshot));
  } catch (error) {
    throw new NorecurError("usage", `cannot write ${values.output ?? DEFAULT_GITHUB_SNAPSHOT}: ${error instanceof Error ? error.message : String(error)}`);
  }
  io.out(`${summary(snapshot, relative(io.cwd, output) || output)}
`);
  return ExitCode.Clean;
}
function summary(snapshot, path) {
  const unknown = countUnknown(snapshot);
  const parts = [
    ...snapshot.organization ? [`organization ${snapshot.organization.login}`] : [],
    `${snapshot.repositories.length} ${snapshot.repositories.length === 1 ? "repository" : "repositories"}`,
    unknown === 0 ? "every value read" : `${unknown} unknown ${unknown === 1 ? "value" : "values"} the token may not read`
  ];
  return `Wrote ${path}: ${parts.join(", ")}`;
}
function countUnknown(snapshot) {
  const settings = [...snapshot.organization ? Object.values(snapshot.organization) : [], ...snapshot.repositories.flatMap((r) => Object.values(r))];
  return settings.filter((value) => findUnknown(value)?.path.length === 0).length;
}
export {
  runSnapshot
};
