import { globProblem } from "../glob.js";
import { adapterFormats } from "../adapters/index.js";
import type { FieldSchema } from "../adapters/normalized/schemas/field-schema.js";
import { subjectSchemas } from "../adapters/normalized/schemas/index.js";
import { formats as formatRegistry } from "../discover/file-formats.js";
import { compileCel, type CelEnvironment, type CelProgram } from "../engine/cel-env.js";
import { formatPath, parsePath, PathSyntaxError, valueAt, type PatternSegment } from "../engine/path.js";
import { DeferredTemplate, compileTemplate } from "../engine/template.js";
import { compileSchema } from "../schema/ajv.js";
import { NorecurError } from "../errors.js";
import type { Document, DocPath, Policy, SubjectKind, Target } from "../types.js";
import type { CompiledAssertion, CompiledPolicy, CompiledTarget } from "./compiled-policy.js";
import { expandTemplateVariables, expandVariables } from "./expand-variables.js";
import { paramValueProblem } from "./param-types.js";
import { NO_ITEM, schemaAt, scopeFor } from "./policy-scope.js";
import { findBadReference, type VariableSchemas } from "./references/cel-references.js";
import { nearest } from "./references/resolve-field.js";
import { findBadSchemaField } from "./references/schema-references.js";

/**
 * Compiles every expression of a policy once, so a broken policy stops the run at load time
 * with its file, line and key, and evaluation never parses anything. Besides syntax, every field
 * an expression, path or message reads is checked against the subject kind's schema
 * (src/adapters/normalized/schemas): a misspelt field is an error here, not an `unknown` later.
 */
export function compilePolicy(policy: Policy, source: Document, displayPath: string, env: CelEnvironment, options: CompileOptions = {}): CompiledPolicy {
  const fail = (path: DocPath, message: string): never => {
    const range = source.locate(path);
    const key = formatPath(path);
    throw new NorecurError("policy", `${displayPath}:${range.line}:${range.column}: ${key}: ${message}`);
  };
  const variables = policy.variables ?? {};
  const expand = (at: DocPath, expr: string): string => {
    const expanded = expandVariables(expr, variables);
    return expanded.ok ? expanded.source : fail(at, expanded.message);
  };
  // Checking every field an expression reads was a tenth of a small Terraform repository's
  // compile time, for the package's own policies, whose every field the build checked.
  const checksFields = options.builtByPack !== true;
  const checkReferences = (at: DocPath, program: CelProgram, scope: VariableSchemas): void => {
    if (!checksFields) return;
    const expr = program.source;
    const bad = findBadReference(program.syntax ?? expr, scope);
    if (!bad) return;
    const hint = bad.message.startsWith("`item") && scope["item"] === NO_ITEM ? " (`item` is set only in an assertion with `each`)" : "";
    // A column helps only when the expression is the one written (no variable expanded into it).
    const where = bad.offset !== undefined && expr === valueAt(source.value, at) ? ` (at column ${bad.offset + 1} of the expression)` : "";
    fail(at, `${bad.message}${hint}${where}`);
  };
  const cel = (at: DocPath, expr: string, scope: VariableSchemas): CelProgram => {
    const expanded = expand(at, expr);
    const compiled = compileCel(env, expanded);
    if (!compiled.ok) return fail(at, `invalid CEL: ${compiled.message}`);
    checkReferences(at, compiled.program, scope);
    return compiled.program;
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
  const reach = (at: DocPath, schema: FieldSchema | undefined, segments: PatternSegment[], label: string): FieldSchema | undefined => {
    const reached = schemaAt(schema, segments, label);
    return reached.ok ? reached.schema : fail(at, reached.message);
  };

  // A built-in policy's defaults are constants the test suite checks; checking them here would
  // compile a JSON Schema per param on every run.
  if (options.trusted !== true) checkParams(policy, fail);

  const target = (key: "target" | "related", t: Target): { compiled: CompiledTarget; subject: FieldSchema | undefined } => {
    checkFormats(key, t, fail);
    const kindSchema = subjectSchemas[t.kind].value;
    const compiled: CompiledTarget = { source: t };
    if (t.where !== undefined) compiled.where = cel([key, "where"], t.where, checksFields ? { ...scopeFor(policy, t.kind, kindSchema, NO_ITEM), related: { type: "array", maxItems: 0 } } : UNCHECKED);
    (t.paths ?? []).forEach((glob, i) => {
      const problem = globProblem(glob);
      if (problem !== undefined) fail([key, "paths", i], `"${glob}": ${problem}`);
    });
    if (t.kind === "repository" && (t.select || t.formats || t.paths)) {
      fail([key, "kind"], "a repository subject has no file: `formats`, `paths` and `select` do not apply");
    }
    let subject = kindSchema;
    if (t.select) {
      compiled.select = t.select.map((s, i) => path([key, "select", i], s, true));
      if (!checksFields) return { compiled, subject: undefined };
      const reached = compiled.select.map((segments, i) => reach([key, "select", i], kindSchema, segments, "subject"));
      subject = reached.length === 1 || reached.some((r) => r === undefined) ? reached[0] : { anyOf: reached };
      if (reached.some((r) => r === undefined)) subject = undefined;
    }
    return { compiled, subject };
  };

  const main = target("target", policy.target);
  const kind: SubjectKind = policy.target.kind;
  const compileAssertions = (): CompiledAssertion[] => policy.assert.map((a, index): CompiledAssertion => {
    const at = (k: string): DocPath => ["assert", index, k];
    const compiled: CompiledAssertion = { index };
    let item: FieldSchema | undefined = NO_ITEM;
    if (a.each !== undefined) {
      compiled.each = path(at("each"), a.each, true);
      if (checksFields) item = reach(at("each"), main.subject, compiled.each, "subject");
    }
    const scope = checksFields ? scopeFor(policy, kind, main.subject, item) : UNCHECKED;
    if (a.cel !== undefined) compiled.cel = cel(at("cel"), a.cel, scope);
    if (a.schema !== undefined) {
      const schema = compileSchema(a.schema);
      compiled.schema = schema.ok ? schema.validate : fail(at("schema"), `invalid JSON Schema: ${schema.message}`);
      const bad = checksFields ? findBadSchemaField(a.schema, a.each !== undefined ? item : main.subject, a.each !== undefined ? "item" : "subject") : undefined;
      if (bad) fail(at("schema"), bad);
    }
    if (a.when !== undefined) compiled.when = cel(at("when"), a.when, { ...scope, item: NO_ITEM });
    if (a.path !== undefined) {
      compiled.path = path(at("path"), a.path, false);
      if (checksFields) reach(at("path"), a.each !== undefined ? item : main.subject, compiled.path, a.each !== undefined ? "item" : "subject");
    }
    if (a.message !== undefined) {
      const expanded = expandTemplateVariables(a.message, variables);
      if (!expanded.ok) fail(at("message"), expanded.message);
      const message = expanded.ok ? expanded.source : a.message;
      if (checksFields) {
        const template = compileTemplate(env, message);
        const parts = template.ok ? template.template : fail(at("message"), template.message);
        for (const part of parts) if (typeof part !== "string") checkReferences(at("message"), part.program, scope);
        compiled.message = parts;
      } else {
        // The build compiled and checked it; compiled when a finding is worded.
        compiled.message = new DeferredTemplate(env, message);
      }
    }
    return compiled;
  });

  const result: CompiledPolicy = checksFields ? { policy, target: main.compiled, assertions: compileAssertions() } : withAssertionsOnDemand(policy, main.compiled, compileAssertions);
  if (policy.related) result.related = target("related", policy.related).compiled;
  return result;
}

/**
 * A policy of the pack the build wrote (which compiled and checked every assertion) whose
 * assertions are compiled when a subject first passes its target's filter. A policy compiles
 * once the run has a subject of its kind, and most have none their `where` selects
 * (GoogleCloudPlatform/microservices-demo: 62 policies, 5 judging anything): their assertions'
 * expressions were most of what a run compiled.
 */
function withAssertionsOnDemand(policy: Policy, target: CompiledTarget, compile: () => CompiledAssertion[]): CompiledPolicy {
  let assertions: CompiledAssertion[] | undefined;
  return {
    policy,
    target,
    get assertions(): CompiledAssertion[] {
      return (assertions ??= compile());
    },
  };
}

/** How far to trust a policy's text. */
export interface CompileOptions {
  /** A built-in policy: its param defaults are constants the test suite checks. */
  trusted?: boolean;
  /**
   * A policy of the pack the build wrote (dist/builtin-policies.json) whose text matches the
   * file's: the build compiled it with every check, so the fields its expressions, paths and
   * schemas read are not checked again. An edited built-in file is not one.
   */
  builtByPack?: boolean;
}

/** The scope of an expression whose references are not checked (a built-in policy's). */
const UNCHECKED: VariableSchemas = {};

/** Defaults must have the param's declared (or inferred) type. */
function checkParams(policy: Policy, fail: (path: DocPath, message: string) => never): void {
  for (const [name, spec] of Object.entries(policy.params)) {
    const problem = paramValueProblem(spec, spec.default);
    if (problem) fail(["params", name, "default"], `the default does not match the param's type: ${problem}`);
  }
}

/** `formats` must name formats that exist, and that the target's kind reads. */
function checkFormats(key: "target" | "related", t: Target, fail: (path: DocPath, message: string) => never): void {
  const known = Object.keys(formatRegistry);
  const readable = adapterFormats[t.kind];
  (t.formats ?? []).forEach((name, i) => {
    if (!Object.hasOwn(formatRegistry, name)) {
      const near = nearest(name, known);
      fail([key, "formats", i], `unknown format "${name}"${near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(" or ")}?)` : ""}; formats are listed in docs/formats and \`norecur inspect\``);
    }
    if (readable !== undefined && !readable.includes(name)) {
      fail([key, "formats", i], `${t.kind} subjects are never read from format "${name}" (they come from ${readable.join(", ") || "no file"})`);
    }
  });
}
