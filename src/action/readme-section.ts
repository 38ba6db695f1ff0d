import { load } from "js-yaml";

/** Markers around the README's Action reference, regenerated from action.yml by the build. */
export const ACTION_TABLE_START = "<!-- action-table:start (generated from action.yml by npm run build) -->";
export const ACTION_TABLE_END = "<!-- action-table:end -->";

interface ActionMetadata {
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ").trim();

/** Markdown tables of the Action's inputs (with defaults) and outputs, from the text of action.yml. */
export function renderActionTables(actionYml: string): string {
  const meta = load(actionYml) as ActionMetadata;
  const inputs = Object.entries(meta.inputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${spec.default === undefined || spec.default === "" ? "" : `\`${cell(String(spec.default))}\``} | ${cell(spec.description ?? "")} |`,
  );
  const outputs = Object.entries(meta.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? "")} |`);
  return [
    ACTION_TABLE_START,
    "| input | default | what it does |",
    "|---|---|---|",
    ...inputs,
    "",
    "| output | value |",
    "|---|---|",
    ...outputs,
    ACTION_TABLE_END,
  ].join("\n");
}
