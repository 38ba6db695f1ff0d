import type { GitHubClient } from "./client.js";
import type { RepositorySettings } from "./snapshot.js";
/** One repository's settings. The repository itself must be readable: a typo in --repo stops the read. */
export declare function readRepository(client: GitHubClient, fullName: string, now: () => Date): Promise<RepositorySettings>;
