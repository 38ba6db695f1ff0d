import { isCelList, isCelMap, type CelEnv } from "@bufbuild/cel";
import { isReflectMessage } from "@bufbuild/protobuf/reflect";
import { timestampDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { compileCel, evaluateCel, type CelProgram } from "./cel-env.js";
import { redactValue } from "../report/redact.js";

/** A message with `{{ expr }}` holes, compiled once per policy. */
export type Template = Array<string | { program: CelProgram; source: string }>;

/** Splits a message into text and compiled CEL holes, or returns the first broken hole. */
export function compileTemplate(env: CelEnv, source: string): { ok: true; template: Template } | { ok: false; message: string } {
  const template: Template = [];
  let last = 0;
  for (const match of source.matchAll(/\{\{(.*?)\}\}/gs)) {
    const expr = (match[1] ?? "").trim();
    template.push(source.slice(last, match.index));
    const compiled = compileCel(env, expr);
    if (!compiled.ok) return { ok: false, message: `in {{ ${expr} }}: ${compiled.message}` };
    template.push({ program: compiled.program, source: expr });
    last = (match.index ?? 0) + match[0].length;
  }
  template.push(source.slice(last));
  return { ok: true, template: template.filter((part) => part !== "") };
}

/**
 * Fills a template. A hole that cannot be evaluated shows as `?` rather than failing the
 * finding: the finding itself matters more than its wording.
 */
export function renderTemplate(template: Template, bindings: Record<string, unknown>): string {
  return template
    .map((part) => {
      if (typeof part === "string") return part;
      const result = evaluateCel(part.program, bindings);
      // Converted to plain data first, so that redaction sees every key of a map (`{{ subject }}`).
      return result.ok ? displayValue(redactValue(part.source, toPlain(result.value))) : "?";
    })
    .join("");
}

function displayValue(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Most values a message shows of a list or map. A template such as `{{ subject }}` may meet a
 * YAML alias bomb (ten levels of ten aliases is 10^10 values): past the bound, `"…"`.
 */
const MAX_SHOWN_VALUES = 1_000;

/** CEL results (lists, maps, int, timestamps) as plain JSON-able values for messages. */
function toPlain(value: unknown, budget = { left: MAX_SHOWN_VALUES }): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value === null || value === undefined) return null;
  if ((isCelList(value) || isCelMap(value)) && --budget.left < 0) return "…";
  if (isCelList(value)) return [...value].map((item) => toPlain(item, budget));
  if (isCelMap(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) {
      if (budget.left < 0) break;
      Object.defineProperty(out, String(k), { value: toPlain(v, budget), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (isReflectMessage(value) && value.desc.typeName === "google.protobuf.Timestamp") {
    return timestampDate(value.message as Timestamp).toISOString();
  }
  if (typeof value === "object") return "[value]";
  return value;
}
