import { lstatSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gitWorkTree } from "../config/find-config.js";
import { formats } from "./file-formats.js";
import type { HiddenPaths } from "./hidden-paths.js";

/** Largest root package.json read for a `renovate` key. */
const MAX_PACKAGE_JSON = 1024 * 1024;

/**
 * The update-bot configuration at the root of the repository that holds a scan root, when the
 * scan root is below it (`cd deploy && norecur check k8s`): the bot configured for the
 * repository updates this directory too. Paths are relative to the repository root; only
 * regular files are looked at, and only their presence (and a root package.json's
 * `renovate` key) is read. Empty when the scan root is the repository root, or in no repository.
 */
export function repositoryBotFiles(cwd: string, root: string, repositoryRoot?: string, hidden?: HiddenPaths): string[] {
  const scanned = resolve(cwd, root);
  const repository = repositoryRoot !== undefined ? resolve(cwd, repositoryRoot) : gitWorkTree(scanned);
  if (repository === undefined || repository === scanned) return [];
  const candidates = [...(formats["dependabot"]?.paths ?? []), ...(formats["renovate"]?.paths ?? [])];
  const present = (path: string): boolean => hidden?.(resolve(repository, path)) !== true;
  const found = candidates.filter((path) => present(path) && isRegularFile(resolve(repository, path)));
  if (present("package.json") && packageJsonHasRenovate(resolve(repository, "package.json"))) found.push("package.json");
  return found.sort();
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function packageJsonHasRenovate(path: string): boolean {
  try {
    const stat = lstatSync(path);
    if (!stat.isFile() || stat.size > MAX_PACKAGE_JSON) return false;
    const value: unknown = JSON.parse(readFileSync(path, "utf8"));
    return typeof value === "object" && value !== null && Object.hasOwn(value, "renovate");
  } catch {
    return false;
  }
}
