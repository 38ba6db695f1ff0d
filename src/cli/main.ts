import { parseArgs, type ParseArgsConfig } from "node:util";
import { NorecurError } from "../errors.js";
import { ExitCode } from "../exit-code.js";
import { commandHelp, HELP } from "./help.js";
import type { Io } from "./io.js";

const OPTIONS = {
  format: { type: "string" },
  "fail-on": { type: "string" },
  config: { type: "string" },
  policies: { type: "string", multiple: true },
  "no-builtin": { type: "boolean" },
  "allow-empty": { type: "boolean" },
  base: { type: "string" },
  "new-only": { type: "boolean" },
  "rules-from": { type: "string" },
  staged: { type: "boolean" },
  org: { type: "string" },
  repo: { type: "string", multiple: true },
  output: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const satisfies ParseArgsConfig["options"];

/** Parsed command line shared by the commands. */
export type CliValues = {
  format?: string;
  "fail-on"?: string;
  config?: string;
  policies?: string[];
  "no-builtin"?: boolean;
  "allow-empty"?: boolean;
  base?: string;
  "new-only"?: boolean;
  "rules-from"?: string;
  staged?: boolean;
  org?: string;
  repo?: string[];
  output?: string;
};

/** Runs the command line and returns the exit code. Every error ends here as a message, never a stack. */
export async function main(argv: readonly string[], io: Io, version: string): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new NorecurError("usage", `${error instanceof Error ? error.message : String(error)}\nRun norecur --help for usage.`);
    }
    const { values, positionals } = parsed;
    if (values.version) {
      io.out(`${version}\n`);
      return ExitCode.Clean;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === "help") {
      io.out(values.help ? commandHelp(command) : HELP);
      return command === undefined && !values.help ? ExitCode.Usage : ExitCode.Clean;
    }
    const cli = values as CliValues;
    // Each command's modules are set up when it runs: a pre-commit `check` does not initialise what `snapshot` needs.
    switch (command) {
      case "check":
        return await (await import("./commands/check.js")).runCheck(rest, cli, io);
      case "test":
        return await (await import("./commands/test.js")).runTest(rest, cli, io);
      case "policies":
        return (await import("./commands/policies.js")).runPolicies(cli, io);
      case "explain":
        return (await import("./commands/explain.js")).runExplain(rest, cli, io);
      case "waivers":
        return await (await import("./commands/waivers.js")).runWaivers(rest, cli, io);
      case "snapshot":
        return await (await import("./commands/snapshot.js")).runSnapshot(rest, cli, io);
      case "inspect":
        return (await import("./commands/inspect.js")).runInspect(rest, cli, io);
      default:
        throw new NorecurError("usage", `unknown command "${command}". Run norecur --help for usage.`);
    }
  } catch (error) {
    if (error instanceof NorecurError) {
      io.err(`norecur: ${error.code} error: ${error.message}\n`);
      return ExitCode.Usage;
    }
    // One line, whatever the error says: the message may quote scanned text.
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
    io.err(`norecur: internal error: ${message} (set NORECUR_DEBUG=1 for details)\n${io.env["NORECUR_DEBUG"] && error instanceof Error ? `${error.stack}\n` : ""}`);
    return ExitCode.Usage;
  }
}
