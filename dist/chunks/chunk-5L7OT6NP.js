import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  builtinPolicyDir
} from "./chunk-KLKXLR7W.js";
import {
  yamlParser
} from "./chunk-BUIRFRZK.js";

// src/policy/incidents.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
function loadIncidents() {
  const file = join(builtinPolicyDir(), "incidents.yaml");
  const parsed = yamlParser.parse(readFileSync(file, "utf8"), file);
  const value = parsed.ok ? parsed.documents[0]?.value : void 0;
  const list = Array.isArray(value) ? value : value?.incidents ?? [];
  const out = /* @__PURE__ */ new Map();
  for (const entry of Array.isArray(list) ? list : []) {
    if (entry && typeof entry.id === "string") out.set(entry.id, entry);
  }
  return out;
}

export {
  loadIncidents
};
