import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { globProblem } from "../glob.js";
import { NorecurError } from "../errors.js";
import { ownSchemaValidator } from "../schema/ajv.js";
import { readValidatedYaml } from "../schema/read-validated-yaml.js";
import { paramValueProblem } from "../policy/param-types.js";
import type { ParamSpec, Severity } from "../types.js";
import { configSchema } from "./config-schema.js";
import { defaultConfig, defaultWaiverRules, type Config, type WaiverRules } from "./config.js";
import { formats } from "../discover/file-formats.js";
import { DEFAULT_IGNORE } from "./default-ignore.js";

const DEFAULT_NAMES = [".norecur.yml", ".norecur.yaml"];

const validateConfig = ownSchemaValidator(configSchema, "config");

interface RawConfig {
  policies?: string[];
  builtin?: boolean;
  disable?: Array<{ id: string; reason: string }>;
  params?: Record<string, Record<string, unknown>>;
  ignore?: string[];
  "fail-on"?: Severity;
  "max-file-size"?: number;
  formats?: Array<{ paths: string[]; format: string }>;
  waivers?: {
    file?: string;
    "max-horizon-days"?: number;
    "expiring-within-days"?: number;
    "allow-global"?: boolean;
    "non-waivable"?: string[];
  };
}

/** Reads `.norecur.yml` (or the given file). An explicitly named file must exist. */
export function loadConfig(cwd: string, requested: string | false | undefined, reportedFrom: string = cwd): Config {
  if (requested === false) return defaultConfig(cwd);
  const file = requested !== undefined ? resolve(cwd, requested) : DEFAULT_NAMES.map((n) => resolve(cwd, n)).find((f) => existsSync(f));
  if (!file) return defaultConfig(cwd);
  if (!existsSync(file)) throw new NorecurError("config", `config file not found: ${requested}`);
  const display = relative(reportedFrom, file).split("\\").join("/") || file;
  const { value, document } = readValidatedYaml(file, display, validateConfig(), "config");
  const raw = (value ?? {}) as RawConfig;
  (raw.formats ?? []).forEach((override, i) => {
    if (!Object.hasOwn(formats, override.format)) {
      const at = document.locate(["formats", i, "format"]);
      throw new NorecurError("config", `${display}:${at.line}:${at.column}: formats[${i}].format: unknown format "${override.format}" (known: ${Object.keys(formats).join(", ")})`);
    }
  });
  // Globs are compiled by the linear-time matcher, which refuses some shapes: say so here, with
  // the position, rather than in the middle of the run.
  const globs: Array<[string, (string | number)[]]> = [
    ...(raw.ignore ?? []).map((glob, i): [string, (string | number)[]] => [glob, ["ignore", i]]),
    ...(raw.formats ?? []).flatMap((o, i) => o.paths.map((glob, j): [string, (string | number)[]] => [glob, ["formats", i, "paths", j]])),
  ];
  for (const [glob, path] of globs) {
    const problem = globProblem(glob);
    if (problem === undefined) continue;
    const at = document.locate(path);
    throw new NorecurError("config", `${display}:${at.line}:${at.column}: ${path.join(".").replace(/\.(\d+)/g, "[$1]")}: "${glob}": ${problem}`);
  }
  return {
    policies: (raw.policies ?? []).map((p) => resolve(dirname(file), p)),
    builtin: raw.builtin ?? true,
    disable: raw.disable ?? [],
    params: raw.params ?? {},
    ignore: raw.ignore ?? [...DEFAULT_IGNORE],
    ...(raw["fail-on"] ? { failOn: raw["fail-on"] } : {}),
    ...(raw["max-file-size"] !== undefined ? { maxFileBytes: raw["max-file-size"] } : {}),
    formats: raw.formats ?? [],
    waivers: waiverRules(raw.waivers, dirname(file), reportedFrom, mirroredBack(cwd, reportedFrom, dirname(file))),
    source: { display, document },
  };
}

/** A directory of the rules tree (`rulesRoot`) as the checkout's directory it mirrors. */
function mirroredBack(rulesRoot: string, cwd: string, dir: string): string {
  const rel = relative(rulesRoot, dir);
  return rulesRoot === cwd || rel.startsWith("..") ? dir : resolve(cwd, rel);
}

/**
 * The `waivers` section with defaults. Waivers belong to the config that names them: the file,
 * named or default (`.norecur/waivers.yml`), is relative to the config's directory, and so are
 * the `paths` globs written in it (`pathBase`, the config's directory relative to `cwd`).
 */
function waiverRules(raw: RawConfig["waivers"], configDir: string, cwd: string, checkoutConfigDir: string): WaiverRules {
  const toPosix = (p: string): string => p.split("\\").join("/");
  const pathBase = { config: toPosix(relative(cwd, checkoutConfigDir)), scanned: toPosix(relative(checkoutConfigDir, cwd)) };
  const defaults = { ...defaultWaiverRules(configDir), ...(pathBase.config !== "" ? { pathBase } : {}) };
  if (!raw) return defaults;
  return {
    ...(pathBase.config !== "" ? { pathBase } : {}),
    file: raw.file !== undefined ? resolve(configDir, raw.file) : defaults.file,
    explicit: raw.file !== undefined,
    maxHorizonDays: raw["max-horizon-days"] ?? defaults.maxHorizonDays,
    expiringWithinDays: raw["expiring-within-days"] ?? defaults.expiringWithinDays,
    allowGlobal: raw["allow-global"] ?? defaults.allowGlobal,
    nonWaivable: raw["non-waivable"] ?? [],
  };
}

/** Stops the run when the config names a policy or param that does not exist (a typo would silently do nothing). */
export function checkConfigAgainstPolicies(config: Config, policies: ReadonlyMap<string, { params: Record<string, ParamSpec> }>): void {
  const fail = (path: (string | number)[], message: string): never => {
    const at = config.source?.document.locate(path);
    const where = at ? `${config.source?.display}:${at.line}:${at.column}` : "config";
    throw new NorecurError("config", `${where}: ${message}`);
  };
  config.disable.forEach((entry, i) => {
    if (!policies.has(entry.id)) fail(["disable", i, "id"], `disable[${i}].id: unknown policy "${entry.id}"`);
  });
  config.waivers.nonWaivable.forEach((id, i) => {
    if (!policies.has(id)) fail(["waivers", "non-waivable", i], `waivers.non-waivable[${i}]: unknown policy "${id}"`);
  });
  for (const [id, overrides] of Object.entries(config.params)) {
    const policy = policies.get(id);
    if (!policy) fail(["params", id], `params: unknown policy "${id}"`);
    for (const name of Object.keys(overrides)) {
      if (!policy || !Object.hasOwn(policy.params, name)) fail(["params", id, name], `params.${id}: policy has no param "${name}"`);
      // A value of the wrong type would turn the policy's checks into `unknown`, which never fails.
      const spec = policy?.params[name];
      const problem = spec ? paramValueProblem(spec, overrides[name]) : undefined;
      if (problem) fail(["params", id, name], `params.${id}.${name}: ${problem}`);
    }
  }
}
