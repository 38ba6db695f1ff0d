import { dirname, relative, resolve } from "node:path";
import { yamlParser } from "../formats/yaml.js";

/** Config file names tried in order when none is named (as the config loader does). */
export const DEFAULT_CONFIG_NAMES = [".norecur.yml", ".norecur.yaml"] as const;

/** Default waivers file, relative to the directory checked from. */
const DEFAULT_WAIVERS = ".norecur/waivers.yml";

/** Policy files as the loader finds them: `policy.yaml`, `*.policy.yaml` (or `.yml`). */
const POLICY_FILE = /(^|\.)policy\.ya?ml$/;

/** Which files judge a run, on one side of a change; paths relative to the checked directory, forward slashes. */
export interface RuleFiles {
  /** Config files that would be read (or could be, when none is named). */
  configs: string[];
  /** Policy directories. */
  policyDirs: string[];
  /** The waivers file. */
  waivers: string;
}

/** What the command line says about rules, which holds on both sides of a change. */
export interface RuleOptions {
  /** Config file named on the command line; false for none. */
  config?: string | false;
  /** Extra policy directories from the command line, relative to the checked directory. */
  policyDirs?: readonly string[];
}

/**
 * The rule files a config text implies. Read leniently: the config on one side of a change may
 * be broken or from an older schema, and a listing of changes must still be produced.
 */
export function ruleFiles(configFile: string | undefined, configText: string | undefined, options: RuleOptions): RuleFiles {
  const configs = options.config === false ? [] : options.config !== undefined ? [clean(options.config)] : [...DEFAULT_CONFIG_NAMES];
  const raw = configText !== undefined ? lenient(configText) : {};
  const dir = configFile !== undefined ? dirname(configFile) : ".";
  const fromConfig = (path: string): string => relativeTo(dir, path);
  return {
    configs,
    policyDirs: [...(raw.policies ?? []).map(fromConfig), ...(options.policyDirs ?? []).map(clean)],
    waivers: raw.waivers !== undefined ? fromConfig(raw.waivers) : DEFAULT_WAIVERS,
  };
}

/** Whether `file` is a policy file the loader would read from one of `dirs`. */
export function isPolicyFile(file: string, dirs: readonly string[]): boolean {
  return dirs.some((dir) => {
    const below = dir === "." ? file : file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : undefined;
    if (below === undefined) return false;
    const parts = below.split("/");
    const name = parts[parts.length - 1] ?? "";
    // The loader skips dot-folders and node_modules, so changes there judge nothing.
    return POLICY_FILE.test(name) && !parts.slice(0, -1).some((p) => p.startsWith(".") || p === "node_modules");
  });
}

/**
 * A path from the config's directory, as a path from the checked directory. Resolved under a
 * stand-in root so no real directory is consulted; absolute paths end up outside (`../`) and so
 * match no file of the repository, as they should.
 */
function relativeTo(dir: string, path: string): string {
  return clean(relative("/root", resolve("/root", dir, path)));
}

/** Forward slashes, no `./`, no trailing slash; "." for the directory itself. */
function clean(path: string): string {
  const out = path.split("\\").join("/").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
  return out === "" ? "." : out;
}

/** The two config keys that name rule files, or nothing when the text is not a config at all. */
function lenient(text: string): { policies?: string[]; waivers?: string } {
  const parsed = yamlParser.parse(text, "config");
  if (!parsed.ok) return {};
  const value = parsed.documents[0]?.value;
  if (typeof value !== "object" || value === null) return {};
  const { policies, waivers } = value as { policies?: unknown; waivers?: unknown };
  const list = Array.isArray(policies) ? policies.filter((p): p is string => typeof p === "string") : undefined;
  const file = typeof waivers === "object" && waivers !== null ? (waivers as { file?: unknown }).file : undefined;
  return { ...(list ? { policies: list } : {}), ...(typeof file === "string" ? { waivers: file } : {}) };
}
