import { type CelEnvironment, type CelProgram } from "./cel-env.js";
/** A message with `{{ expr }}` holes, compiled once per policy. */
export type Template = Array<string | {
    program: CelProgram;
    source: string;
}>;
/** Splits a message into text and compiled CEL holes, or returns the first broken hole. */
export declare function compileTemplate(env: CelEnvironment, source: string): {
    ok: true;
    template: Template;
} | {
    ok: false;
    message: string;
};
/**
 * Fills a template. A hole that cannot be evaluated shows as `?` rather than failing the
 * finding: the finding itself matters more than its wording.
 */
export declare function renderTemplate(template: Template, bindings: Record<string, unknown>): string;
