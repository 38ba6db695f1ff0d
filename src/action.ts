import * as core from "@actions/core";
import { githubContext } from "./action/context.js";
import { actionSettings } from "./action/inputs.js";
import { runAction } from "./action/run-action.js";
import { ExitCode } from "./exit-code.js";
import { boundHeapGrowth } from "./process/heap-growth.js";

// The Action's process is norecur's own, as the CLI's is: its heap's growth is kept small.
boundHeapGrowth();

/**
 * The GitHub Action entry point, kept thin: inputs → one typed settings object → the same run as
 * the CLI (src/action/run-action.ts). Exit codes and `setFailed` exist only at this edge.
 */
try {
  const context = githubContext(process.env);
  // `core.getInput` cannot tell an unset input from an empty one; the variable itself can.
  const settings = actionSettings((name) => process.env[`INPUT_${name.toUpperCase()}`], context.workspace ?? process.cwd());
  process.exitCode = await runAction(settings, context);
} catch (error) {
  // Usage, config and policy errors name their file and key; nothing else should reach here.
  core.setFailed(error instanceof Error ? error.message : String(error));
  process.exitCode = ExitCode.Usage;
}
