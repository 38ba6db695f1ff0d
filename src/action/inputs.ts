import { NorecurError } from "../errors.js";
import type { Settings } from "../settings.js";
import { SEVERITIES, type Severity } from "../types.js";

/**
 * The Action's inputs as one typed object. Defaults are repeated here (a test checks they equal
 * action.yml's) because a runner fills them in but a process started with only some `INPUT_*`
 * variables, as in tests or other CI systems, does not.
 */
export const INPUT_DEFAULTS = {
  paths: ".",
  config: "",
  policies: "",
  builtin: "true",
  "fail-on": "",
  "fail-on-new-only": "false",
  "allow-empty": "false",
  diff: "auto",
  base: "",
  "rules-from": "base",
  annotations: "true",
  "job-summary": "true",
  "pr-comment": "true",
  sarif: "norecur.sarif",
  "result-json": "",
  "github-settings": "false",
  "github-org": "",
  token: "${{ github.token }}",
} as const;

/** Name of an input of action.yml. */
export type InputName = keyof typeof INPUT_DEFAULTS;

/** Inputs whose empty value means "none" rather than the default. */
const OPTIONAL: ReadonlySet<InputName> = new Set(["config", "policies", "fail-on", "base", "sarif", "result-json", "github-org"]);

/** What the Action was asked to do. */
export interface ActionSettings {
  /** The run itself, as the CLI would build it. */
  check: Settings;
  /** Fail only on findings the pull request introduces. */
  failOnNewOnly: boolean;
  /** Succeed when nothing was checked. */
  allowEmpty: boolean;
  /** Compare with a base revision: `auto` (in pull requests) or `off`. */
  diff: "auto" | "off";
  /** Explicit base revision, else the pull request's base. */
  base?: string;
  /** Where policies, config and waivers come from in a pull request. */
  rulesFrom: "base" | "head";
  /** Emit annotations. */
  annotations: boolean;
  /** Write the job summary. */
  jobSummary: boolean;
  /** Maintain the pull-request comment. */
  prComment: boolean;
  /** SARIF output path, relative to the workspace. */
  sarif?: string;
  /** JSON result output path, relative to the workspace. */
  resultJson?: string;
  /** Read GitHub organisation and repository settings. */
  githubSettings: boolean;
  /** Organisation to read. */
  githubOrg?: string;
  /** API token (never printed). */
  token?: string;
}

/** Reads one input's raw text; undefined when it is not set at all (then its default applies). */
export type InputReader = (name: InputName) => string | undefined;

/** Builds the Action's settings from its inputs. @throws NorecurError (usage) naming the input. */
export function actionSettings(read: InputReader, cwd: string): ActionSettings {
  // Unset means the default, as a runner would fill it in; set but empty means "none" for the
  // optional paths and names (`sarif: ""` writes no SARIF file), and the default for the rest.
  const get = (name: InputName): string => {
    const value = read(name)?.trim();
    return value === undefined || (value === "" && !OPTIONAL.has(name)) ? INPUT_DEFAULTS[name] : value;
  };
  const list = (name: InputName): string[] => get(name).split(/\s+/).filter(Boolean);
  const optional = (name: InputName): string | undefined => (get(name) === "" ? undefined : get(name));

  const check: Settings = { cwd, paths: list("paths"), builtin: flag("builtin", get("builtin")) };
  const config = optional("config");
  if (config !== undefined) check.config = config;
  const policies = list("policies");
  if (policies.length > 0) check.policyDirs = policies;
  const failOn = optional("fail-on");
  if (failOn !== undefined) check.failOn = severity(failOn);

  const token = read("token")?.trim() ?? "";
  const settings: ActionSettings = {
    check,
    failOnNewOnly: flag("fail-on-new-only", get("fail-on-new-only")),
    allowEmpty: flag("allow-empty", get("allow-empty")),
    diff: choice("diff", get("diff"), ["auto", "off"] as const),
    rulesFrom: choice("rules-from", get("rules-from"), ["base", "head"] as const),
    annotations: flag("annotations", get("annotations")),
    jobSummary: flag("job-summary", get("job-summary")),
    prComment: flag("pr-comment", get("pr-comment")),
    githubSettings: flag("github-settings", get("github-settings")),
  };
  const base = optional("base");
  if (base !== undefined) settings.base = base;
  const sarif = optional("sarif");
  if (sarif !== undefined) settings.sarif = sarif;
  const resultJson = optional("result-json");
  if (resultJson !== undefined) settings.resultJson = resultJson;
  const org = optional("github-org");
  if (org !== undefined) settings.githubOrg = org;
  // The default is an expression only a runner expands; unexpanded, there is no token.
  if (token !== "" && !token.startsWith("${{")) settings.token = token;
  return settings;
}

function flag(name: InputName, value: string): boolean {
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new NorecurError("usage", `input ${name} must be true or false, not "${value}"`);
}

function choice<T extends string>(name: InputName, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new NorecurError("usage", `input ${name} must be one of ${allowed.join(", ")}, not "${value}"`);
}

function severity(value: string): Severity {
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new NorecurError("usage", `input fail-on must be one of ${SEVERITIES.join(", ")}, not "${value}"`);
}
