import { ExitCode } from "../../exit-code.js";
import { inspect, type InspectedFile } from "../../inspect.js";
import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
import { outputFormat } from "../options.js";
import { emit } from "../write-output.js";

/** `norecur inspect [paths...]`: what each file is read as and the subjects made of it. */
export function runInspect(paths: readonly string[], values: CliValues, io: Io): number {
  const format = outputFormat(values, ["text", "json"]);
  const files = inspect({ cwd: io.cwd, paths, ...(values.config !== undefined ? { config: values.config } : {}) });
  emit(io, values, format === "json" ? `${JSON.stringify({ version: 1, files }, null, 2)}\n` : renderText(files));
  return ExitCode.Clean;
}

function renderText(files: readonly InspectedFile[]): string {
  const out: string[] = [];
  for (const file of files) {
    if (file.status !== "parsed") {
      out.push(`${file.path}: ${file.status}${file.format ? ` (${file.format})` : ""}${file.reason ? `: ${file.reason}` : ""}`);
      continue;
    }
    out.push(`${file.path}: format ${file.format}, ${file.documents.length} document${file.documents.length === 1 ? "" : "s"}`);
    for (const document of file.documents) out.push(`  document at ${document.at}: ${document.keys.join(", ") || "(empty)"}`);
    for (const subject of file.subjects) {
      out.push(`  ${subject.kind} ${subject.id}`);
      const width = Math.max(...subject.fields.map((f) => f.field.length), 0);
      for (const field of subject.fields) out.push(`    ${field.field.padEnd(width)}  ${field.value}  (${field.from})`);
    }
  }
  return `${out.join("\n")}\n`;
}
