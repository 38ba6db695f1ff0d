import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { findUnknown } from "../../adapters/normalized/unknown.js";
import { NorecurError } from "../../errors.js";
import { ExitCode } from "../../exit-code.js";
import { createGitHubClient } from "../../github/client.js";
import { GitHubError } from "../../github/errors.js";
import { readGitHubSettings } from "../../github/settings.js";
import { DEFAULT_GITHUB_SNAPSHOT, formatSnapshot, type GitHubSettingsSnapshot } from "../../github/snapshot.js";
import type { Io } from "../io.js";
import type { CliValues } from "../main.js";

/**
 * `norecur snapshot github --org X [--repo owner/name ...] [--output FILE]`: reads live settings
 * with the token from GITHUB_TOKEN or GH_TOKEN and writes them where `norecur check` finds them.
 * The token is only handed to the client; no message carries it.
 */
export async function runSnapshot(args: readonly string[], values: CliValues, io: Io): Promise<number> {
  const [target, ...extra] = args;
  if (target !== "github" || extra.length > 0) {
    throw new NorecurError("usage", `snapshot takes one source, "github" (got ${args.length === 0 ? "none" : `"${args.join(" ")}"`}). Run norecur --help for usage.`);
  }
  if (values.org === undefined && values.repo === undefined) throw new NorecurError("usage", "snapshot github needs --org ORG and/or --repo OWNER/NAME");
  const token = io.env["GITHUB_TOKEN"] || io.env["GH_TOKEN"];
  if (!token) throw new NorecurError("usage", "snapshot github needs a token in GITHUB_TOKEN or GH_TOKEN (see docs/github-settings.md for the permissions)");
  const client = createGitHubClient({ token, baseUrl: io.env["GITHUB_API_URL"] || "https://api.github.com", userAgent: "norecur" });
  let snapshot: GitHubSettingsSnapshot;
  try {
    snapshot = await readGitHubSettings({ client, ...(values.org !== undefined ? { org: values.org } : {}), ...(values.repo !== undefined ? { repos: values.repo } : {}) });
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    io.err(`norecur: github error: ${error.message}\n`);
    return ExitCode.Usage;
  }
  const output = resolve(io.cwd, values.output ?? DEFAULT_GITHUB_SNAPSHOT);
  try {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, formatSnapshot(snapshot));
  } catch (error) {
    throw new NorecurError("usage", `cannot write ${values.output ?? DEFAULT_GITHUB_SNAPSHOT}: ${error instanceof Error ? error.message : String(error)}`);
  }
  io.out(`${summary(snapshot, relative(io.cwd, output) || output)}\n`);
  return ExitCode.Clean;
}

function summary(snapshot: GitHubSettingsSnapshot, path: string): string {
  const unknown = countUnknown(snapshot);
  const parts = [
    ...(snapshot.organization ? [`organization ${snapshot.organization.login}`] : []),
    `${snapshot.repositories.length} ${snapshot.repositories.length === 1 ? "repository" : "repositories"}`,
    unknown === 0 ? "every value read" : `${unknown} unknown ${unknown === 1 ? "value" : "values"} the token may not read`,
  ];
  return `Wrote ${path}: ${parts.join(", ")}`;
}

/** Unknown markers sit only at leaf settings, so counting each setting that is one is enough. */
function countUnknown(snapshot: GitHubSettingsSnapshot): number {
  const settings = [...(snapshot.organization ? Object.values(snapshot.organization) : []), ...snapshot.repositories.flatMap((r) => Object.values(r))];
  return settings.filter((value) => findUnknown(value)?.path.length === 0).length;
}
