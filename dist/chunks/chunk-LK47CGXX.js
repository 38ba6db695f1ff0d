import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  loadActivePolicies
} from "./chunk-U74WLDBN.js";

// src/cli/commands/load-active.ts
function loadActivePolicies2(values, cwd) {
  return loadActivePolicies({ ...values.config !== void 0 ? { config: values.config } : {}, builtin: !values["no-builtin"], ...values.policies ? { policyDirs: values.policies } : {} }, cwd);
}

export {
  loadActivePolicies2 as loadActivePolicies
};
