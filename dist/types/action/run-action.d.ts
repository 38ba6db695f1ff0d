import type { GitHubContext } from "./context.js";
import type { ActionSettings } from "./inputs.js";
/** Where live GitHub settings appear among the checked files (they are not on disk). */
export declare const LIVE_SETTINGS_PATH = ".norecur/github-settings.live.json";
/**
 * One Action run: settings → (live GitHub settings) → the same check as the CLI, diff-aware in a
 * pull request → annotations, job summary, SARIF, JSON, PR comment, outputs → the exit code.
 * Reporting problems (a read-only token on a fork's pull request) are warnings; they never hide
 * the findings or change the exit decision.
 */
export declare function runAction(settings: ActionSettings, context: GitHubContext): Promise<number>;
