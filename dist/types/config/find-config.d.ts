import type { HiddenPaths } from "../discover/hidden-paths.js";
/** Names a config file may have, in order of preference. */
export declare const CONFIG_NAMES: readonly [".norecur.yml", ".norecur.yaml"];
/**
 * The repository a path belongs to: the nearest directory at or above it holding `.git` (a
 * directory, or the file a worktree or submodule has). Undefined outside any git work tree.
 */
export declare function gitWorkTree(path: string): string | undefined;
/**
 * The config that governs a scan: the nearest `.norecur.yml` from the scanned path up to its
 * repository root (the git work tree; outside one, up to `cwd` when the path is inside it,
 * else the path itself). `rulesDir` maps a directory of the checkout to the directory the
 * rules are read from (the base revision's files in a pull request); by default the same.
 * `repositoryRoot` names the repository when the tree is not a git work tree of its own (the
 * index written out for `--staged`); a `hidden` config is not there (Settings.hidden).
 */
export declare function findConfig(cwd: string, scanned: string, rulesDir?: (dir: string) => string, repositoryRoot?: string, hidden?: HiddenPaths): string | undefined;
