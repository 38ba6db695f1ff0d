import type { UnknownMarker } from "../adapters/normalized/unknown.js";
import type { GitHubClient } from "./client.js";
import type { DeployKey, OutsideCollaborator } from "./snapshot.js";
/**
 * Who outside the organization can reach a repository, and with what: its outside collaborators
 * with their role, and its deploy keys with whether they may write. Vendors and contractors reach
 * code and deployments through both (incidents where a contractor's access was the way in).
 */
/**
 * Outside collaborators (`affiliation=outside`) and their role. GitHub lists collaborators only to
 * tokens with push access: a 403 or 404 is the token, not an empty list.
 */
export declare function readOutsideCollaborators(client: GitHubClient, owner: string, repo: string, now: () => Date): Promise<OutsideCollaborator[] | UnknownMarker>;
/** Deploy keys: id, title and whether they are read-only (the key itself is not kept). Admins only. */
export declare function readDeployKeys(client: GitHubClient, owner: string, repo: string, now: () => Date): Promise<DeployKey[] | UnknownMarker>;
