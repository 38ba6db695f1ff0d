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
export declare function stagedRun(settings: Settings, options?: {
    write?: boolean;
}): Promise<StagedRunResult>;
