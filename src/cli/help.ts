/** `norecur --help`. */
export const HELP = `norecur — check versioned configuration against policies drawn from real data-leak incidents

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

/**
 * `norecur COMMAND --help`: that command's usage line and options, cut from HELP so the two
 * never disagree; the whole text for `norecur --help` or an unknown command.
 */
export function commandHelp(command: string | undefined): string {
  const sections = HELP.split("\n\n");
  const usage = sections.find((s) => s.startsWith("Usage:"))?.split("\n") ?? [];
  const start = usage.findIndex((line) => line.startsWith(`  norecur ${command} `) || line === `  norecur ${command}`);
  if (command === undefined || start < 0) return HELP;
  const end = usage.findIndex((line, i) => i > start && line.startsWith("  norecur "));
  const lines = usage.slice(start, end < 0 ? undefined : end);
  const options = sections.find((s) => s.startsWith(`Options for ${command}`));
  const exit = sections.find((s) => s.startsWith("Exit codes:"));
  return `Usage:\n${lines.join("\n")}\n${options ? `\n${options}\n` : ""}${command === "check" && exit ? `\n${exit}` : ""}`;
}
