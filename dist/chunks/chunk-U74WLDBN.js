import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  createCelEnv,
  loadPolicies,
  policySources
} from "./chunk-KLKXLR7W.js";
import {
  loadConfig
} from "./chunk-BUIRFRZK.js";

// src/policy/active-policies.ts
function loadActivePolicies(settings, cwd) {
  const config = loadConfig(cwd, settings.config);
  const sources = policySources(config, { builtin: settings.builtin !== false, dirs: settings.policyDirs ?? [], cwd });
  const disabled = new Set(config.disable.map((d) => d.id));
  return loadPolicies(sources, createCelEnv({ now: /* @__PURE__ */ new Date() }), cwd).filter((p) => !disabled.has(p.policy.id));
}

export {
  loadActivePolicies
};
