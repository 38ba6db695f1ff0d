import { resolve } from "node:path";
import type { Config } from "../config/config.js";
import { builtinPolicyDir } from "./builtin-dir.js";
import type { PolicySource } from "./load-policies.js";

/** Where policies come from, in order: the built-in pack, the config's directories, the command line's. */
export function policySources(config: Config, options: { builtin: boolean; dirs: readonly string[]; cwd: string }): PolicySource[] {
  const sources: PolicySource[] = [];
  if (options.builtin && config.builtin) sources.push({ dir: builtinPolicyDir(), builtin: true });
  for (const dir of config.policies) sources.push({ dir, builtin: false });
  for (const dir of options.dirs) sources.push({ dir: resolve(options.cwd, dir), builtin: false });
  return sources;
}
