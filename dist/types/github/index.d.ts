/** The GitHub API layer, as the CLI's `snapshot` command and the Action use it. */
export { createGitHubClient, type GitHubClient, type GitHubClientOptions } from "./client.js";
export { GitHubError } from "./errors.js";
export { MAX_COMMENT_LENGTH, upsertPrComment, type UpsertAction, type UpsertPrCommentOptions, type UpsertPrCommentResult } from "./pr-comment.js";
export { readGitHubSettings, type ReadGitHubSettingsOptions } from "./settings.js";
export { DEFAULT_GITHUB_SNAPSHOT, formatSnapshot, type BranchProtection, type BranchRules, type GitHubSettingsSnapshot, type OrganizationSettings, type RepositorySettings } from "./snapshot.js";
