import { resolve } from "node:path";
import { createCelEnv } from "../../engine/cel-env.js";
import { builtinPolicyDir } from "../../policy/builtin-dir.js";
import type { CompiledPolicy } from "../../policy/compiled-policy.js";
import { loadPolicies, type PolicySource } from "../../policy/load-policies.js";
import type { CliValues } from "../main.js";
import { loadConfig } from "../../config/load-config.js";

/** The policies `policies` and `explain` talk about: the same sources as `check`. */
export function loadActivePolicies(values: CliValues, cwd: string): CompiledPolicy[] {
  const config = loadConfig(cwd, values.config);
  const sources: PolicySource[] = [];
  if (!values["no-builtin"] && config.builtin) sources.push({ dir: builtinPolicyDir(), builtin: true });
  for (const dir of config.policies) sources.push({ dir, builtin: false });
  for (const dir of values.policies ?? []) sources.push({ dir: resolve(cwd, dir), builtin: false });
  const disabled = new Set(config.disable.map((d) => d.id));
  return loadPolicies(sources, createCelEnv({ now: new Date() }), cwd).filter((p) => !disabled.has(p.policy.id));
}
