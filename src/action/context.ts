import { readFileSync } from "node:fs";

/** What the Action knows of the workflow run it is in, from the runner's environment. */
export interface GitHubContext {
  /** `owner/name` of the repository. */
  repository?: { owner: string; repo: string };
  /** The checked-out workspace. */
  workspace?: string;
  /** The pull request, for pull_request and pull_request_target events. */
  pullRequest?: { number: number; baseSha: string; headSha?: string };
  /** REST API base URL (GitHub Enterprise Server sets its own). */
  apiUrl: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the context from `GITHUB_*` variables and the event payload; anything missing stays absent. */
export function githubContext(env: Env): GitHubContext {
  const context: GitHubContext = { apiUrl: env["GITHUB_API_URL"] || "https://api.github.com" };
  const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  if (owner && repo) context.repository = { owner, repo };
  if (env["GITHUB_WORKSPACE"]) context.workspace = env["GITHUB_WORKSPACE"];
  const pullRequest = pullRequestOf(env);
  if (pullRequest) context.pullRequest = pullRequest;
  return context;
}

function pullRequestOf(env: Env): GitHubContext["pullRequest"] {
  const eventPath = env["GITHUB_EVENT_PATH"];
  if (!eventPath) return undefined;
  let event: unknown;
  try {
    event = JSON.parse(readFileSync(eventPath, "utf8"));
  } catch {
    return undefined;
  }
  const pr = field(event, "pull_request");
  const number = field(pr, "number");
  const baseSha = field(field(pr, "base"), "sha");
  const headSha = field(field(pr, "head"), "sha");
  if (typeof number !== "number" || typeof baseSha !== "string") return undefined;
  return { number, baseSha, ...(typeof headSha === "string" ? { headSha } : {}) };
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
