import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  inspect
} from "./chunk-BER2EH7D.js";
import {
  emit
} from "./chunk-LDK7BJAC.js";
import "./chunk-YJFN527I.js";
import {
  outputFormat
} from "./chunk-M4JA72A4.js";
import "./chunk-BUIRFRZK.js";
import "./chunk-DARFTWNZ.js";
import "./chunk-6H6NFEN3.js";
import {
  ExitCode
} from "./chunk-EJRCV5Q7.js";

// src/cli/commands/inspect.ts
function runInspect(paths, values, io) {
  const format = outputFormat(values, ["text", "json"]);
  const files = inspect({ cwd: io.cwd, paths, ...values.config !== void 0 ? { config: values.config } : {} });
  emit(io, values, format === "json" ? `${JSON.stringify({ version: 1, files }, null, 2)}
` : renderText(files));
  return ExitCode.Clean;
}
function renderText(files) {
  const out = [];
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
  return `${out.join("\n")}
`;
}
export {
  runInspect
};
