import type { Incident } from "../../policy/incidents.js";
import type { Policy } from "../../types.js";
/** The incident catalogue, by id (see `loadIncidents`); empty when the caller has none. */
export type IncidentCatalogue = ReadonlyMap<string, Incident>;
/** One line naming the incident a policy learns from: its title and date, or the policy's lesson when the catalogue lacks it. */
export declare function incidentOneLiner(policy: Pick<Policy, "incidents">, catalogue: IncidentCatalogue): string | undefined;
/** A policy's help as plain text: what, why (the incidents), how to fix, before and after. */
export declare function policyHelpText(policy: Policy, catalogue: IncidentCatalogue): string;
/** The same help as Markdown, for SARIF `help.markdown` (code scanning renders it). */
export declare function policyHelpMarkdown(policy: Policy, catalogue: IncidentCatalogue): string;
