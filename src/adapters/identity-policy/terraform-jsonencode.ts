import { hclParser } from "../../formats/hcl/parser.js";
import { resolveLiterals } from "../../formats/hcl/resolve.js";
import type { DocPath, Document } from "../../types.js";

const CALL = /^jsonencode\(/;

/**
 * The argument of a `jsonencode({ ... })` attribute as a document of its own, with positions in
 * the original file. The HCL parser keeps a function call as `{ "$expr": "<text>" }`; the text
 * is re-read as an HCL object placed at the same column (the call name becomes `x =`, the
 * closing parenthesis a space) and its lines are shifted to the call's, so every range it
 * reports is the original one.
 * Returns undefined when the argument does not start on the call's line or is not literal HCL.
 */
export function jsonencodeArgument(document: Document, path: DocPath, expression: string, module: readonly unknown[]): Document | undefined {
  const call = CALL.exec(expression);
  const close = expression.trimEnd();
  if (!call || !close.endsWith(")")) return undefined;
  const argument = expression.slice(call[0].length, close.length - 1);
  if (!/^[ \t]*[{[]/.test(argument)) return undefined;
  const { line, column } = document.locate(path);
  const prefix = "x =".padEnd(call[0].length, " ");
  // Only the column is rebuilt; lines are shifted afterwards, so a call deep in a large file
  // does not re-read the lines above it.
  const text = " ".repeat(column - 1) + prefix + argument + "\n";
  const parsed = hclParser.parse(text, document.file);
  const inner = parsed.ok ? parsed.documents[0] : undefined;
  if (!inner || inner.value === null || typeof inner.value !== "object" || !("x" in inner.value)) return undefined;
  const value = resolveLiterals((inner.value as Record<string, unknown>)["x"], module);
  const shift = line - 1;
  return {
    file: document.file,
    index: document.index,
    value,
    locate: (at) => {
      const range = inner.locate(["x", ...at]);
      return { ...range, line: range.line + shift, endLine: range.endLine + shift };
    },
  };
}
