/**
 * Findings norecur reports itself rather than through a policy (unreadable files, waiver
 * problems). No policy file describes them, so their title and fix live here, shared by the
 * SARIF rules and the Markdown reports.
 */
export const TOOL_RULES: Readonly<Record<string, { title: string; fix: string }>> = {
  "parse-error": { title: "A file could not be read", fix: "The file is not valid in its format, so no policy could check it: fix the syntax at the reported position." },
  "waiver-expired": { title: "A waiver has expired", fix: "Renew the exception with a new owner decision, or remove it and fix the findings it covered." },
  "waiver-stale": { title: "A waiver covers nothing", fix: "The exception matched no finding: remove it so it cannot hide a future one." },
  "waiver-extended": { title: "A waiver's expiry was moved later", fix: "Review the extension: exceptions should end, not roll over." },
  "waiver-invalid": { title: "An inline waiver is invalid", fix: "The inline waiver comment lacks a required field or names an unknown policy: fix or remove it." },
  "waiver-history-unavailable": { title: "Waiver extensions could not be checked", fix: "The base revision was not available: fetch it (for example with fetch-depth: 0)." },
};

/** Title and fix of a finding id no policy describes. */
export function toolRule(id: string): { title: string; fix: string } {
  return TOOL_RULES[id] ?? { title: `norecur ${id}`, fix: "Reported by norecur itself rather than by a policy." };
}
