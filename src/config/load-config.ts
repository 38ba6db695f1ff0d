import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { NorecurError } from "../errors.js";
import { compileSchema } from "../schema/ajv.js";
import { readValidatedYaml } from "../schema/read-validated-yaml.js";
import type { Severity } from "../types.js";
import { configSchema } from "./config-schema.js";
import { defaultConfig, defaultWaiverRules, type Config, type WaiverRules } from "./config.js";
import { formats } from "../discover/file-formats.js";
import { DEFAULT_IGNORE } from "./default-ignore.js";

const DEFAULT_NAMES = [".norecur.yml", ".norecur.yaml"];

const validateConfig = (() => {
  const compiled = compileSchema(configSchema);
  if (!compiled.ok) throw new Error(`the config schema itself is invalid: ${compiled.message}`);
  return compiled.validate;
})();

interface RawConfig {
  policies?: string[];
  builtin?: boolean;
  disable?: Array<{ id: string; reason: string }>;
  params?: Record<string, Record<string, unknown>>;
  ignore?: string[];
  "fail-on"?: Severity;
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
export function loadConfig(cwd: string, requested: string | false | undefined): Config {
  if (requested === false) return defaultConfig(cwd);
  const file = requested !== undefined ? resolve(cwd, requested) : DEFAULT_NAMES.map((n) => resolve(cwd, n)).find((f) => existsSync(f));
  if (!file) return defaultConfig(cwd);
  if (!existsSync(file)) throw new NorecurError("config", `config file not found: ${requested}`);
  const display = relative(cwd, file) || file;
  const { value, document } = readValidatedYaml(file, display, validateConfig, "config");
  const raw = (value ?? {}) as RawConfig;
  (raw.formats ?? []).forEach((override, i) => {
    if (!formats[override.format]) {
      const at = document.locate(["formats", i, "format"]);
      throw new NorecurError("config", `${display}:${at.line}:${at.column}: formats[${i}].format: unknown format "${override.format}" (known: ${Object.keys(formats).join(", ")})`);
    }
  });
  return {
    policies: (raw.policies ?? []).map((p) => resolve(dirname(file), p)),
    builtin: raw.builtin ?? true,
    disable: raw.disable ?? [],
    params: raw.params ?? {},
    ignore: raw.ignore ?? [...DEFAULT_IGNORE],
    ...(raw["fail-on"] ? { failOn: raw["fail-on"] } : {}),
    formats: raw.formats ?? [],
    waivers: waiverRules(raw.waivers, cwd, dirname(file)),
    source: { display, document },
  };
}

/** The `waivers` section with defaults; a named file is relative to the config file, the default to cwd. */
function waiverRules(raw: RawConfig["waivers"], cwd: string, configDir: string): WaiverRules {
  const defaults = defaultWaiverRules(cwd);
  if (!raw) return defaults;
  return {
    file: raw.file !== undefined ? resolve(configDir, raw.file) : defaults.file,
    explicit: raw.file !== undefined,
    maxHorizonDays: raw["max-horizon-days"] ?? defaults.maxHorizonDays,
    expiringWithinDays: raw["expiring-within-days"] ?? defaults.expiringWithinDays,
    allowGlobal: raw["allow-global"] ?? defaults.allowGlobal,
    nonWaivable: raw["non-waivable"] ?? [],
  };
}

/** Stops the run when the config names a policy or param that does not exist (a typo would silently do nothing). */
export function checkConfigAgainstPolicies(config: Config, policies: ReadonlyMap<string, { params: Record<string, unknown> }>): void {
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
      if (!policy || !(name in policy.params)) fail(["params", id, name], `params.${id}: policy has no param "${name}"`);
    }
  }
}
