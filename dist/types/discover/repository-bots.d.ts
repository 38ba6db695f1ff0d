import type { HiddenPaths } from "./hidden-paths.js";
/**
 * The update-bot configuration at the root of the repository that holds a scan root, when the
 * scan root is below it (`cd deploy && norecur check k8s`): the bot configured for the
 * repository updates this directory too. Paths are relative to the repository root; only
 * regular files are looked at, and only their presence (and a root package.json's
 * `renovate` key) is read. Empty when the scan root is the repository root, or in no repository.
 */
export declare function repositoryBotFiles(cwd: string, root: string, repositoryRoot?: string, hidden?: HiddenPaths): string[];
