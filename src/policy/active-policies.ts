import { loadConfig } from "../config/load-config.js";
import { createCelEnv } from "../engine/cel-env.js";
import type { Settings } from "../settings.js";
import type { CompiledPolicy } from "./compiled-policy.js";
import { loadPolicies } from "./load-policies.js";
import { policySources } from "./policy-sources.js";

/**
 * The policies a run with these settings applies: the same sources and config `disable` as
 * `check`, for the commands and reports that describe them (`policies`, `explain`, SARIF rules).
 */
export function loadActivePolicies(settings: Pick<Settings, "config" | "builtin" | "policyDirs">, cwd: string): CompiledPolicy[] {
  const config = loadConfig(cwd, settings.config);
  const sources = policySources(config, { builtin: settings.builtin !== false, dirs: settings.policyDirs ?? [], cwd });
  const disabled = new Set(config.disable.map((d) => d.id));
  return loadPolicies(sources, createCelEnv({ now: new Date() }), cwd).filter((p) => !disabled.has(p.policy.id));
}
