import type { CompiledPolicy } from "../../policy/compiled-policy.js";
import { loadActivePolicies as activeFor } from "../../policy/active-policies.js";
import type { CliValues } from "../main.js";

/** The policies `policies`, `explain` and the reports talk about: the same sources and disables as `check`. */
export function loadActivePolicies(values: CliValues, cwd: string): CompiledPolicy[] {
  return activeFor({ ...(values.config !== undefined ? { config: values.config } : {}), builtin: !values["no-builtin"], ...(values.policies ? { policyDirs: values.policies } : {}) }, cwd);
}
