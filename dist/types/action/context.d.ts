/** What the Action knows of the workflow run it is in, from the runner's environment. */
export interface GitHubContext {
    /** `owner/name` of the repository. */
    repository?: {
        owner: string;
        repo: string;
    };
    /** The checked-out workspace. */
    workspace?: string;
    /** The pull request, for pull_request and pull_request_target events. */
    pullRequest?: {
        number: number;
        baseSha: string;
        headSha?: string;
    };
    /** REST API base URL (GitHub Enterprise Server sets its own). */
    apiUrl: string;
}
type Env = Readonly<Record<string, string | undefined>>;
/** Reads the context from `GITHUB_*` variables and the event payload; anything missing stays absent. */
export declare function githubContext(env: Env): GitHubContext;
export {};
