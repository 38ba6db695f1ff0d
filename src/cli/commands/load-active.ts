import { loadConfig } from "../../config/load-config.js";
import { createCelEnv } from "../../engine/cel-env.js";
import type { CompiledPolicy } from "../../policy/compiled-policy.js";
import { loadPolicies } from "../../policy/load-policies.js";
import { policySources } from "../../policy/policy-sources.js";
import type { CliValues } from "../main.js";

/** The policies `policies` and `explain` talk about: the same sources and disables as `check`. */
export function loadActivePolicies(values: CliValues, cwd: string): CompiledPolicy[] {
  const config = loadConfig(cwd, values.config);
  const sources = policySources(config, { builtin: !values["no-builtin"], dirs: values.policies ?? [], cwd });
  const disabled = new Set(config.disable.map((d) => d.id));
  return loadPolicies(sources, createCelEnv({ now: new Date() }), cwd).filter((p) => !disabled.has(p.policy.id));
}
