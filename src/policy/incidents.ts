import { readFileSync } from "node:fs";
import { join } from "node:path";
import { yamlParser } from "../formats/yaml.js";
import { builtinPolicyDir } from "./builtin-dir.js";

/** An entry of the incident catalogue (`policies/incidents.yaml`). */
export interface Incident {
  /** Catalogue id, e.g. `tokyo-theatre-2024-02`. */
  id: string;
  /** Short title. */
  title: string;
  /** When it happened, as precisely as the source says. */
  date?: string;
  /** Where the facts come from. */
  source?: string;
  /** What happened. */
  summary: string;
  /** Root causes the report names. */
  causes: string[];
  /** Controls that would have prevented or contained it. */
  controls: string[];
}

/** The built-in incident catalogue, by id. */
export function loadIncidents(): Map<string, Incident> {
  const file = join(builtinPolicyDir(), "incidents.yaml");
  const parsed = yamlParser.parse(readFileSync(file, "utf8"), file);
  const value = parsed.ok ? parsed.documents[0]?.value : undefined;
  const list = Array.isArray(value) ? value : ((value as { incidents?: unknown } | undefined)?.incidents ?? []);
  const out = new Map<string, Incident>();
  for (const entry of Array.isArray(list) ? (list as Incident[]) : []) {
    if (entry && typeof entry.id === "string") out.set(entry.id, entry);
  }
  return out;
}
