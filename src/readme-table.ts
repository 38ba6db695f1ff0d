import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ACTION_TABLE_END, ACTION_TABLE_START, renderActionTables } from "./action/readme-section.js";
import { createCelEnv } from "./engine/cel-env.js";
import { builtinPolicyDir } from "./policy/builtin-dir.js";
import { loadPolicies } from "./policy/load-policies.js";
import { FORMAT_TABLE_END, FORMAT_TABLE_START, renderFormatTable } from "./discover/format-table.js";
import { packageRoot } from "./package-root.js";
import { PERFORMANCE_END, PERFORMANCE_START, renderPerformanceSection } from "./readme-performance.js";
import { renderPolicyTable, replaceBetween, TABLE_END, TABLE_START } from "./policy/policy-table.js";

/** The README text with its generated tables (built-in policies, formats, Action inputs and outputs, performance) regenerated; used by the build and its test. */
export function readmeWithGeneratedTables(readme: string): string {
  const policies = loadPolicies([{ dir: builtinPolicyDir(), builtin: true }], createCelEnv({ now: new Date() }), process.cwd());
  const withPolicies = replaceBetween(readme, TABLE_START, TABLE_END, renderPolicyTable(policies.map((p) => p.policy)));
  const withFormats = replaceBetween(withPolicies, FORMAT_TABLE_START, FORMAT_TABLE_END, renderFormatTable());
  const actionYml = readFileSync(join(packageRoot(), "action.yml"), "utf8");
  const withActions = replaceBetween(withFormats, ACTION_TABLE_START, ACTION_TABLE_END, renderActionTables(actionYml));
  return replaceBetween(withActions, PERFORMANCE_START, PERFORMANCE_END, renderPerformanceSection());
}
