import { type CelEnvironment, type CelProgram } from "./cel-env.js";
/** A message with `{{ expr }}` holes, compiled once per policy. */
export type Template = Array<string | {
    program: CelProgram;
    source: string;
}>;
/**
 * A message compiled the first time a finding is worded with it: for the pack's own policies,
 * whose every hole the build compiled and checked. Most policies of a run word no finding, and
 * their holes were a third of the expressions a run compiled (8-13 ms of a real repository's
 * run: decoding each pre-parsed tree, then compiling it). Should the message not compile after
 * all, it is shown as written rather than failing the finding.
 */
export declare class DeferredTemplate {
    #private;
    private readonly env;
    readonly source: string;
    constructor(env: CelEnvironment, source: string);
    parts(): Template;
}
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
export declare function renderTemplate(template: Template | DeferredTemplate, bindings: Record<string, unknown>): string;
