import { isAbsolute, relative, resolve } from "node:path";
import { NorecurError } from "./errors.js";
import { stagedTree } from "./git/staged.js";
import { summarize } from "./result.js";
import { check } from "./run.js";
import type { Settings } from "./settings.js";
import type { RunResult } from "./types.js";

/** A pre-commit run's result, and the files it was about. */
export interface StagedRunResult {
  /** Findings on the staged files only; the summary counts those. */
  result: RunResult;
  /** The staged files (added, copied, modified, renamed), relative to cwd. */
  staged: string[];
}

/**
 * `norecur check --staged`, for a pre-commit hook: checks the content of the git index (what the
 * commit will record), config, policies and waivers included, with every file of the index in
 * view so that cross-file and repository-wide checks see the whole repository, and reports the
 * findings on the files the commit changes. Findings elsewhere were there before this commit
 * and are left to CI, so the hook stays quiet about what the developer did not touch.
 * `options.write` writes the index out even when the working tree holds it (see stagedTree).
 */
export async function stagedRun(settings: Settings, options: { write?: boolean } = {}): Promise<StagedRunResult> {
  const cwd = resolve(settings.cwd ?? process.cwd());
  const tree = await stagedTree(cwd, options);
  try {
    // The repository's top directory as the caller names it (through the same links as cwd).
    const top = resolve(cwd, relative(tree.cwd, tree.root));
    const paths = settings.paths?.map((path) => pathInTree(cwd, top, path));
    // The written index is no git work tree: it names its repository, so that a run from a
    // subdirectory finds the root's config and update bot as a run in the working tree does.
    const full = await check({ ...settings, cwd: tree.cwd, repositoryRoot: tree.root, ...(tree.hidden ? { hidden: tree.hidden } : {}), ...(paths ? { paths } : {}) });
    const staged = new Set(tree.changed);
    const findings = full.findings.filter((f) => staged.has(f.file));
    const files = full.files.filter((f) => staged.has(f.path));
    return { result: { ...full, files, findings, summary: summarize(files, findings, full.coverage) }, staged: tree.changed };
  } finally {
    tree.cleanup();
  }
}

/**
 * A path given to a staged run, as a path from cwd that resolves inside the tree the run reads:
 * `/home/me/repo/k8s` means the staged k8s/, not the working tree's (the written index mirrors
 * cwd, so a path from cwd leads to the same place in it).
 * @throws NorecurError (usage) for a path outside the repository, which the index does not hold.
 */
function pathInTree(cwd: string, top: string, path: string): string {
  const absolute = resolve(cwd, path);
  const fromTop = relative(top, absolute);
  if (fromTop.startsWith("..") || isAbsolute(fromTop)) throw new NorecurError("usage", `--staged checks the git index: ${path} is outside the repository`);
  return isAbsolute(path) ? relative(cwd, absolute) || "." : path;
}
