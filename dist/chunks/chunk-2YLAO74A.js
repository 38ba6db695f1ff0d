import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);

// src/report/tool-rules.ts
var TOOL_RULES = {
  "parse-error": { title: "A file could not be read", fix: "The file is not valid in its format, so no policy could check it: fix the syntax at the reported position." },
  "waiver-expired": { title: "A waiver has expired", fix: "Renew the exception with a new owner decision, or remove it and fix the findings it covered." },
  "waiver-stale": { title: "A waiver covers nothing", fix: "The exception matched no finding: remove it so it cannot hide a future one." },
  "waiver-extended": { title: "A waiver's expiry was moved later", fix: "Review the extension: exceptions should end, not roll over." },
  "waiver-invalid": { title: "An inline waiver is invalid", fix: "The inline waiver comment lacks a required field or names an unknown policy: fix or remove it." },
  "waiver-history-unavailable": { title: "Waiver extensions could not be checked", fix: "The base revision was not available: fetch it (for example with fetch-depth: 0)." }
};
function toolRule(id) {
  return TOOL_RULES[id] ?? { title: `norecur ${id}`, fix: "Reported by norecur itself rather than by a policy." };
}

export {
  TOOL_RULES,
  toolRule
};
