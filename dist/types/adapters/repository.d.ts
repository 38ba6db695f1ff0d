import type { Adapter } from "./adapter.js";
/** One subject per scan root, for repository-wide rules ("some update-bot configuration exists"). */
export declare const repositoryAdapter: Adapter;
