import type { CelEnv } from "@bufbuild/cel";
import { globProblem } from "../glob.js";
import { compileCel, type CelProgram } from "../engine/cel-env.js";
import { formatPath, parsePath, PathSyntaxError, type PatternSegment } from "../engine/path.js";
import { compileTemplate } from "../engine/template.js";
import { compileSchema } from "../schema/ajv.js";
import { NorecurError } from "../errors.js";
import type { Document, DocPath, Policy, Target } from "../types.js";
import type { CompiledAssertion, CompiledPolicy, CompiledTarget } from "./compiled-policy.js";

/**
 * Compiles every expression of a policy once, so a broken policy stops the run at load time
 * with its file, line and key, and evaluation never parses anything.
 */
export function compilePolicy(policy: Policy, source: Document, displayPath: string, env: CelEnv): CompiledPolicy {
  const fail = (path: DocPath, message: string): never => {
    const range = source.locate(path);
    const key = formatPath(path);
    throw new NorecurError("policy", `${displayPath}:${range.line}:${range.column}: ${key}: ${message}`);
  };
  const cel = (path: DocPath, expr: string): CelProgram => {
    const compiled = compileCel(env, expr);
    return compiled.ok ? compiled.program : fail(path, `invalid CEL: ${compiled.message}`);
  };
  const path = (at: DocPath, text: string, allowWildcards: boolean): PatternSegment[] => {
    try {
      const segments = parsePath(text);
      if (!allowWildcards && segments.some((s) => typeof s === "object")) fail(at, "wildcards are not allowed here (use `each`)");
      return segments;
    } catch (error) {
      if (error instanceof PathSyntaxError) return fail(at, error.message);
      throw error;
    }
  };
  const target = (key: "target" | "related", t: Target): CompiledTarget => {
    const compiled: CompiledTarget = { source: t };
    if (t.where !== undefined) compiled.where = cel([key, "where"], t.where);
    if (t.select) compiled.select = t.select.map((s, i) => path([key, "select", i], s, true));
    (t.paths ?? []).forEach((glob, i) => {
      const problem = globProblem(glob);
      if (problem !== undefined) fail([key, "paths", i], `"${glob}": ${problem}`);
    });
    if (t.kind === "repository" && (t.select || t.formats || t.paths)) {
      fail([key, "kind"], "a repository subject has no file: `formats`, `paths` and `select` do not apply");
    }
    return compiled;
  };

  const assertions = policy.assert.map((a, index): CompiledAssertion => {
    const at = (k: string): DocPath => ["assert", index, k];
    const compiled: CompiledAssertion = { index };
    if (a.cel !== undefined) compiled.cel = cel(at("cel"), a.cel);
    if (a.schema !== undefined) {
      const schema = compileSchema(a.schema);
      compiled.schema = schema.ok ? schema.validate : fail(at("schema"), `invalid JSON Schema: ${schema.message}`);
    }
    if (a.when !== undefined) compiled.when = cel(at("when"), a.when);
    if (a.each !== undefined) compiled.each = path(at("each"), a.each, true);
    if (a.path !== undefined) compiled.path = path(at("path"), a.path, false);
    if (a.message !== undefined) {
      const template = compileTemplate(env, a.message);
      compiled.message = template.ok ? template.template : fail(at("message"), template.message);
    }
    return compiled;
  });

  const result: CompiledPolicy = { policy, target: target("target", policy.target), assertions };
  if (policy.related) result.related = target("related", policy.related);
  return result;
}
