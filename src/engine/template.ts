import { compileCel, evaluateCel, type CelEnvironment, type CelProgram } from "./cel-env.js";
import { celInterpreter } from "./cel-interpreter.js";
import { redactValue } from "../report/redact.js";

/** A message with `{{ expr }}` holes, compiled once per policy. */
export type Template = Array<string | { program: CelProgram; source: string }>;

/**
 * A message compiled the first time a finding is worded with it: for the pack's own policies,
 * whose every hole the build compiled and checked. Most policies of a run word no finding, and
 * their holes were a third of the expressions a run compiled (8-13 ms of a real repository's
 * run: decoding each pre-parsed tree, then compiling it). Should the message not compile after
 * all, it is shown as written rather than failing the finding.
 */
export class DeferredTemplate {
  #compiled: Template | undefined;
  constructor(
    private readonly env: CelEnvironment,
    readonly source: string,
  ) {}

  parts(): Template {
    if (this.#compiled === undefined) {
      const compiled = compileTemplate(this.env, this.source);
      this.#compiled = compiled.ok ? compiled.template : [this.source];
    }
    return this.#compiled;
  }
}

/** Splits a message into text and compiled CEL holes, or returns the first broken hole. */
export function compileTemplate(env: CelEnvironment, source: string): { ok: true; template: Template } | { ok: false; message: string } {
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
export function renderTemplate(template: Template | DeferredTemplate, bindings: Record<string, unknown>): string {
  return (template instanceof DeferredTemplate ? template.parts() : template)
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

/** A hole's value as plain data: the fast path gives strings and booleans, CEL's own values (lists, maps, ints, timestamps) come from the interpreter. */
function toPlain(value: unknown): unknown {
  if (typeof value === "object" && value !== null) return celInterpreter().plainValue(value);
  if (typeof value === "bigint") return Number(value);
  return value ?? null;
}
