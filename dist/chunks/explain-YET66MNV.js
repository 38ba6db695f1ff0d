import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  loadIncidents
} from "./chunk-5L7OT6NP.js";
import {
  TOOL_RULES
} from "./chunk-2YLAO74A.js";
import {
  loadActivePolicies
} from "./chunk-LK47CGXX.js";
import "./chunk-U74WLDBN.js";
import "./chunk-KLKXLR7W.js";
import {
  paramSchema
} from "./chunk-BUIRFRZK.js";
import "./chunk-DARFTWNZ.js";
import "./chunk-6H6NFEN3.js";
import {
  ExitCode,
  NorecurError
} from "./chunk-EJRCV5Q7.js";

// src/cli/commands/explain.ts
var indent = (text, by = "    ") => text.trimEnd().split("\n").map((line) => `${by}${line}`).join("\n");
function runExplain(args, values, io) {
  const [id] = args;
  if (!id) throw new NorecurError("usage", "explain needs a policy id, e.g. norecur explain NR-UPD-001");
  const policies = loadActivePolicies(values, io.cwd);
  const found = policies.find((p) => p.policy.id.toLowerCase() === id.toLowerCase());
  if (!found) {
    const own = Object.hasOwn(TOOL_RULES, id.toLowerCase()) ? TOOL_RULES[id.toLowerCase()] : void 0;
    if (own) {
      io.out(`${id.toLowerCase()}: ${own.title}

Reported by norecur itself, not by a policy.

${own.fix}
`);
      return 0;
    }
    throw new NorecurError("usage", `no policy "${id}". Known: ${policies.map((p) => p.policy.id).join(", ")}, and norecur's own ${Object.keys(TOOL_RULES).join(", ")}`);
  }
  const { policy } = found;
  const incidents = loadIncidents();
  const out = [`${policy.id} \u2014 ${policy.title}`, `Severity: ${policy.severity}${policy.waivable === false ? " (not waivable: no exception may be granted)" : ""}`, "", "Why", indent(policy.description), ""];
  for (const ref of policy.incidents) {
    const incident = incidents.get(ref.id);
    out.push(`Incident: ${ref.id}${incident ? ` \u2014 ${incident.title}` : ""}${incident?.date ? ` (${incident.date})` : ""}`);
    if (incident) {
      out.push(indent(incident.summary));
      if (incident.causes.length > 0) out.push("  Causes named in the report:", ...incident.causes.map((c) => `    - ${c}`));
    }
    out.push(`  Lesson applied: ${ref.lesson}`, "");
  }
  out.push("Remediation", indent(policy.remediation.summary));
  if (policy.remediation.before) out.push("  Before:", indent(policy.remediation.before, "      "));
  if (policy.remediation.after) out.push("  After:", indent(policy.remediation.after, "      "));
  const params = Object.entries(policy.params);
  if (params.length > 0) {
    out.push("", "Params (override in .norecur.yml under params." + policy.id + ")");
    for (const [name, spec] of params) out.push(`  ${name}: ${spec.description}`, `    type: ${describeType(paramSchema(spec))}`, `    default: ${JSON.stringify(spec.default)}`);
  }
  if (policy.controls.length > 0) out.push("", "Controls", ...policy.controls.map((c) => `  ${c.framework} ${c.id}${c.title ? ` \u2014 ${c.title}` : ""}`));
  if (policy.references.length > 0) out.push("", "References", ...policy.references.map((r) => `  ${r}`));
  io.out(`${out.join("\n")}
`);
  return ExitCode.Clean;
}
function describeType(schema) {
  const items = schema["items"];
  const values = Array.isArray(schema["enum"]) ? schema["enum"].map((v) => JSON.stringify(v)).join(" | ") : void 0;
  const type = Array.isArray(schema["type"]) ? schema["type"].join(" | ") : String(schema["type"] ?? "any");
  if (values) return values;
  return type === "array" && items ? `array of ${describeType(items)}` : type;
}
export {
  runExplain
};
