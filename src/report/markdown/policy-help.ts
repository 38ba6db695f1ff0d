import type { Incident } from "../../policy/incidents.js";
import type { Policy } from "../../types.js";
import { redactText } from "../redact.js";
import { codeBlock, inlineAuthored } from "./escape.js";

/** The incident catalogue, by id (see `loadIncidents`); empty when the caller has none. */
export type IncidentCatalogue = ReadonlyMap<string, Incident>;

/** One line naming the incident a policy learns from: its title and date, or the policy's lesson when the catalogue lacks it. */
export function incidentOneLiner(policy: Pick<Policy, "incidents">, catalogue: IncidentCatalogue): string | undefined {
  const first = policy.incidents[0];
  if (!first) return undefined;
  const incident = catalogue.get(first.id);
  const more = policy.incidents.length > 1 ? ` (+${policy.incidents.length - 1} more)` : "";
  if (!incident) return `${first.id}: ${oneLine(first.lesson)}${more}`;
  return `${incident.title}${incident.date ? ` (${incident.date})` : ""}${more}`;
}

/** A policy's help as plain text: what, why (the incidents), how to fix, before and after. */
export function policyHelpText(policy: Policy, catalogue: IncidentCatalogue): string {
  const parts = [policy.title, "", policy.description.trim()];
  for (const ref of policy.incidents) {
    const incident = catalogue.get(ref.id);
    parts.push("", `Incident ${ref.id}${incident ? `: ${incident.title}` : ""}`);
    if (incident) parts.push(oneLine(incident.summary));
    parts.push(`Lesson: ${oneLine(ref.lesson)}`);
  }
  parts.push("", `Fix: ${oneLine(policy.remediation.summary)}`);
  if (policy.remediation.before) parts.push("", "Before:", policy.remediation.before.replace(/\n$/, ""));
  if (policy.remediation.after) parts.push("", "After:", policy.remediation.after.replace(/\n$/, ""));
  if (policy.references.length > 0) parts.push("", "References:", ...policy.references.map((r) => `- ${r}`));
  return redactText(parts.join("\n"));
}

/** The same help as Markdown, for SARIF `help.markdown` (code scanning renders it). */
export function policyHelpMarkdown(policy: Policy, catalogue: IncidentCatalogue): string {
  const parts = [`**${inlineAuthored(policy.title)}**`, "", redactText(policy.description.trim())];
  if (policy.incidents.length > 0) parts.push("", "#### Incidents");
  for (const ref of policy.incidents) {
    const incident = catalogue.get(ref.id);
    const head = incident ? `**${inlineAuthored(incident.title)}**${incident.date ? ` (${incident.date})` : ""}` : `**${inlineAuthored(ref.id)}**`;
    parts.push("", `- ${head}${incident ? `: ${inlineAuthored(incident.summary)}` : ""}`);
    parts.push(`  *Lesson:* ${inlineAuthored(ref.lesson)}`);
  }
  parts.push("", "#### Fix", "", inlineAuthored(policy.remediation.summary));
  if (policy.remediation.before) parts.push("", "Before:", "", codeBlock(policy.remediation.before));
  if (policy.remediation.after) parts.push("", "After:", "", codeBlock(policy.remediation.after));
  if (policy.references.length > 0) parts.push("", "#### References", "", ...policy.references.map((r) => `- ${inlineAuthored(r)}`));
  return parts.join("\n");
}

/** Folded YAML text as one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
