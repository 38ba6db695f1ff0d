import { detectionOrder, formats } from "./file-formats.js";

export const FORMAT_TABLE_START = "<!-- format-table:start (generated from src/discover/file-formats.ts by npm run build) -->";
export const FORMAT_TABLE_END = "<!-- format-table:end -->";

const code = (globs: readonly string[]): string => globs.map((g) => `\`${g}\``).join(", ");

/** The README's table of formats, in detection order, generated from the format registry. */
export function renderFormatTable(): string {
  const rows = detectionOrder.flatMap((id) => {
    const format = formats[id];
    if (!format) return [];
    const selected = [
      format.paths.length > 0 ? code(format.paths) : "",
      format.sniffedPaths ? `${code(format.sniffedPaths)} when the content matches` : "",
    ].filter(Boolean);
    return [`| \`${id}\` | ${format.parser} | ${format.description} | ${selected.join("; ")} |`];
  });
  return [FORMAT_TABLE_START, "| format | parser | what | selected by |", "|---|---|---|---|", ...rows, FORMAT_TABLE_END].join("\n");
}
