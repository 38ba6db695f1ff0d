import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import type { HiddenPaths } from "../discover/hidden-paths.js";

/** Names a config file may have, in order of preference. */
export const CONFIG_NAMES = [".norecur.yml", ".norecur.yaml"] as const;

/**
 * The repository a path belongs to: the nearest directory at or above it holding `.git` (a
 * directory, or the file a worktree or submodule has). Undefined outside any git work tree.
 */
export function gitWorkTree(path: string): string | undefined {
  for (let dir = startDirectory(path); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The config that governs a scan: the nearest `.norecur.yml` from the scanned path up to its
 * repository root (the git work tree; outside one, up to `cwd` when the path is inside it,
 * else the path itself). `rulesDir` maps a directory of the checkout to the directory the
 * rules are read from (the base revision's files in a pull request); by default the same.
 * `repositoryRoot` names the repository when the tree is not a git work tree of its own (the
 * index written out for `--staged`); a `hidden` config is not there (Settings.hidden).
 */
export function findConfig(cwd: string, scanned: string, rulesDir: (dir: string) => string = (d) => d, repositoryRoot?: string, hidden?: HiddenPaths): string | undefined {
  const start = startDirectory(resolve(cwd, scanned), cwd);
  const named = repositoryRoot !== undefined && isInside(start, repositoryRoot) ? repositoryRoot : undefined;
  const stop = named ?? gitWorkTree(start) ?? (isInside(start, cwd) ? cwd : start);
  for (let dir = start; ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const file = resolve(rulesDir(dir), name);
      if (existsSync(file) && hidden?.(file) !== true) return file;
    }
    if (dir === stop || dirname(dir) === dir) return undefined;
  }
}

function startDirectory(path: string, fallback = process.cwd()): string {
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    // A glob or a path that does not exist: look from the directory it names, or above it.
    return existsSync(dirname(path)) ? dirname(path) : fallback;
  }
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}
