import { createCelEnv } from "./engine/cel-env.js";
import { builtinPolicyDir } from "./policy/builtin-dir.js";
import { loadPolicies } from "./policy/load-policies.js";
import { renderPolicyTable, replacePolicyTable } from "./policy/policy-table.js";

/** The README text with its built-in policy table regenerated (used by the build and its test). */
export function readmeWithPolicyTable(readme: string): string {
  const policies = loadPolicies([{ dir: builtinPolicyDir(), builtin: true }], createCelEnv({ now: new Date() }), process.cwd());
  return replacePolicyTable(readme, renderPolicyTable(policies.map((p) => p.policy)));
}
