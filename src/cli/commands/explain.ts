import { TOOL_RULES } from "../../report/tool-rules.js";
import { NorecurError } from "../../errors.js";
import { ExitCode } from "../../exit-code.js";
import { loadIncidents } from "../../policy/incidents.js";
import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
import { loadActivePolicies } from "./load-active.js";
import { paramSchema } from "../../policy/param-types.js";

const indent = (text: string, by = "    "): string =>
  text
    .trimEnd()
    .split("\n")
    .map((line) => `${by}${line}`)
    .join("\n");

/** `norecur explain ID`: the incident story, why, remediation, params. */
export function runExplain(args: readonly string[], values: CliValues, io: Io): number {
  const [id] = args;
  if (!id) throw new NorecurError("usage", "explain needs a policy id, e.g. norecur explain NR-UPD-001");
  const policies = loadActivePolicies(values, io.cwd);
  const found = policies.find((p) => p.policy.id.toLowerCase() === id.toLowerCase());
  if (!found) {
    // Findings norecur reports itself (parse-error, waiver-expired, ...) are explained too.
    const own = Object.hasOwn(TOOL_RULES, id.toLowerCase()) ? TOOL_RULES[id.toLowerCase()] : undefined;
    if (own) {
      io.out(`${id.toLowerCase()}: ${own.title}\n\nReported by norecur itself, not by a policy.\n\n${own.fix}\n`);
      return 0;
    }
    throw new NorecurError("usage", `no policy "${id}". Known: ${policies.map((p) => p.policy.id).join(", ")}, and norecur's own ${Object.keys(TOOL_RULES).join(", ")}`);
  }
  const { policy } = found;
  const incidents = loadIncidents();
  const out: string[] = [`${policy.id} — ${policy.title}`, `Severity: ${policy.severity}${policy.waivable === false ? " (not waivable: no exception may be granted)" : ""}`, "", "Why", indent(policy.description), ""];
  for (const ref of policy.incidents) {
    const incident = incidents.get(ref.id);
    out.push(`Incident: ${ref.id}${incident ? ` — ${incident.title}` : ""}${incident?.date ? ` (${incident.date})` : ""}`);
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
  if (policy.controls.length > 0) out.push("", "Controls", ...policy.controls.map((c) => `  ${c.framework} ${c.id}${c.title ? ` — ${c.title}` : ""}`));
  if (policy.references.length > 0) out.push("", "References", ...policy.references.map((r) => `  ${r}`));
  io.out(`${out.join("\n")}\n`);
  return ExitCode.Clean;
}

/** `array of "a" | "b"`, `number`: the type a param's values are checked against. */
function describeType(schema: Readonly<Record<string, unknown>>): string {
  const items = schema["items"] as Readonly<Record<string, unknown>> | undefined;
  const values = Array.isArray(schema["enum"]) ? (schema["enum"] as unknown[]).map((v) => JSON.stringify(v)).join(" | ") : undefined;
  const type = Array.isArray(schema["type"]) ? (schema["type"] as string[]).join(" | ") : String(schema["type"] ?? "any");
  if (values) return values;
  return type === "array" && items ? `array of ${describeType(items)}` : type;
}
