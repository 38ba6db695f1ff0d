#!/usr/bin/env node
import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  packageVersion
} from "./chunks/chunk-6H6NFEN3.js";
import {
  ExitCode,
  NorecurError
} from "./chunks/chunk-EJRCV5Q7.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/cli/help.ts
var HELP = `norecur \u2014 check versioned configuration against policies drawn from real data-leak incidents

Usage:
  norecur check [paths...]   check files and directories (default: .)
  norecur test [dirs...]     run policy fixtures (default: the built-in pack)
  norecur policies           list active policies
  norecur explain ID         the incident story, why, remediation and params of a policy
  norecur waivers [paths...] list waivers: state (active, expiring, expired, stale), days left
  norecur snapshot github    read live GitHub organization/repository settings into a file
  norecur inspect [paths...] what each file is read as, its documents, and the subjects made
                             of it with every field and where it came from (--format json)

Options for check:
  --format FORMAT            text (default), json, sarif (code scanning), markdown (job
                             summary), junit (CI test reports), github (annotations as
                             workflow commands, then text); see docs/reports.md
  --output FILE              write the report to FILE instead of stdout
  --fail-on SEVERITY         lowest failing severity: critical|high|medium|low|info (default: low)
  --config FILE              config file (default: the nearest .norecur.yml from the scanned
                             path up to the repository root)
  --policies DIR             extra policy directory (repeatable)
  --no-builtin               do not load the built-in policies
  --allow-empty              exit 0 rather than 3 when nothing was checked
  --base REF                 compare with this git revision (e.g. origin/main): new, existing and
                             fixed findings, rule changes; rules are read from REF
  --new-only                 with --base: fail only on new findings
  --rules-from base|head     with --base: read policies, config and waivers from REF (default)
                             or from the change itself
  --staged                   pre-commit: check what is staged for commit (the git index), and
                             report findings on the staged files only

Options for waivers: the same as check (--format text|json, --config, --policies, --base).

Options for snapshot github (token from GITHUB_TOKEN or GH_TOKEN; API from GITHUB_API_URL):
  --org ORG                  organization: 2FA settings, and its repositories unless --repo
  --repo OWNER/NAME          repository to read (repeatable)
  --output FILE              where to write (default: .norecur/github-settings.json)

Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage/config/policy error,
3 nothing was checked.
`;
function commandHelp(command) {
  const sections = HELP.split("\n\n");
  const usage = sections.find((s) => s.startsWith("Usage:"))?.split("\n") ?? [];
  const start = usage.findIndex((line) => line.startsWith(`  norecur ${command} `) || line === `  norecur ${command}`);
  if (command === void 0 || start < 0) return HELP;
  const end = usage.findIndex((line, i) => i > start && line.startsWith("  norecur "));
  const lines = usage.slice(start, end < 0 ? void 0 : end);
  const options = sections.find((s) => s.startsWith(`Options for ${command}`));
  const exit = sections.find((s) => s.startsWith("Exit codes:"));
  return `Usage:
${lines.join("\n")}
${options ? `
${options}
` : ""}${command === "check" && exit ? `
${exit}` : ""}`;
}

// src/cli/main.ts
var OPTIONS = {
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
  version: { type: "boolean" }
};
async function main(argv, io, version) {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new NorecurError("usage", `${error instanceof Error ? error.message : String(error)}
Run norecur --help for usage.`);
    }
    const { values, positionals } = parsed;
    if (values.version) {
      io.out(`${version}
`);
      return ExitCode.Clean;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === void 0 || command === "help") {
      io.out(values.help ? commandHelp(command) : HELP);
      return command === void 0 && !values.help ? ExitCode.Usage : ExitCode.Clean;
    }
    const cli = values;
    switch (command) {
      case "check":
        return await (await import("./chunks/check-6AXGPSFQ.js")).runCheck(rest, cli, io);
      case "test":
        return await (await import("./chunks/test-O4UGEJXR.js")).runTest(rest, cli, io);
      case "policies":
        return (await import("./chunks/policies-FVCHRRRP.js")).runPolicies(cli, io);
      case "explain":
        return (await import("./chunks/explain-YET66MNV.js")).runExplain(rest, cli, io);
      case "waivers":
        return await (await import("./chunks/waivers-EZRNA4BZ.js")).runWaivers(rest, cli, io);
      case "snapshot":
        return await (await import("./chunks/snapshot-V5OZJGU2.js")).runSnapshot(rest, cli, io);
      case "inspect":
        return (await import("./chunks/inspect-X4DE6S4B.js")).runInspect(rest, cli, io);
      default:
        throw new NorecurError("usage", `unknown command "${command}". Run norecur --help for usage.`);
    }
  } catch (error) {
    if (error instanceof NorecurError) {
      io.err(`norecur: ${error.code} error: ${error.message}
`);
      return ExitCode.Usage;
    }
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
    io.err(`norecur: internal error: ${message} (set NORECUR_DEBUG=1 for details)
${io.env["NORECUR_DEBUG"] && error instanceof Error ? `${error.stack}
` : ""}`);
    return ExitCode.Usage;
  }
}

// src/cli/stdout.ts
var CLOSED = /* @__PURE__ */ new Set(["EPIPE", "EIO", "ECONNRESET", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END"]);
function streamWriter(stream) {
  let closed = false;
  stream.on("error", (error) => {
    if (CLOSED.has(error.code ?? "")) closed = true;
    else throw error;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (error) {
      if (CLOSED.has(error.code ?? "")) closed = true;
      else throw error;
    }
  };
}

// src/cli.ts
process.exitCode = await main(
  process.argv.slice(2),
  {
    out: streamWriter(process.stdout),
    err: streamWriter(process.stderr),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd()
  },
  packageVersion()
);
