import type { Policy } from "../types.js";

export const TABLE_START = "<!-- policy-table:start (generated from policies/ by npm run build) -->";
export const TABLE_END = "<!-- policy-table:end -->";

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

/** The README's table of built-in policies, generated from their metadata, never kept by hand. */
export function renderPolicyTable(policies: readonly Policy[]): string {
  const rows = [...policies]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => `| ${p.id} | ${p.severity} | ${cell(p.title)} | ${p.incidents.map((i) => i.id).join(", ")} |`);
  return [TABLE_START, "| id | severity | title | incidents |", "|---|---|---|---|", ...rows, TABLE_END].join("\n");
}

/** Replaces a generated block (markers included) inside a README text. */
export function replaceBetween(readme: string, startMarker: string, endMarker: string, block: string): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`README has no ${startMarker} ... ${endMarker} markers`);
  return readme.slice(0, start) + block + readme.slice(end + endMarker.length);
}
