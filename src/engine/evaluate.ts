import { globMatcher } from "../glob.js";
import type { CompiledAssertion, CompiledPolicy, CompiledTarget } from "../policy/compiled-policy.js";
import { errorMessage, errorPath } from "../schema/ajv.js";
import type { DocPath, Finding, Subject, Target } from "../types.js";
import { evaluateCel, type CelProgram } from "./cel-env.js";
import { expandPath, formatPath, type PatternSegment } from "./path.js";
import { renderTemplate } from "./template.js";
import { unrefuted } from "./literal-guards.js";
import { guardedUnknown, holdsUnknown, unknownRead, type UnknownRead } from "./unknown-reads.js";
import { isUnknown, unknownReason } from "../adapters/normalized/unknown.js";

/** What one policy needs from the run. */
export interface EvaluationContext {
  /** Every subject of the run, by kind. */
  subjects: ReadonlyMap<string, readonly Subject[]>;
  /** The policy's params: defaults with config overrides applied. */
  params: Readonly<Record<string, unknown>>;
  /** The run's clock, as the CEL `now` binding. */
  now: unknown;
}

/** Findings of one policy, and how many subjects it looked at. */
export interface PolicyOutcome {
  /** Fail and unknown findings. */
  findings: Finding[];
  /** Subjects evaluated after filtering and selection. */
  subjects: number;
}

type Bindings = Record<string, unknown>;

/** Runs one compiled policy over the subjects of a run. Never throws on data. */
export function evaluatePolicy(compiled: CompiledPolicy, context: EvaluationContext): PolicyOutcome {
  const stream = new PolicyStream(compiled, context.params, context.now);
  stream.add(context.subjects);
  return stream.finish();
}

/** A related subject as `related` shows it. */
interface RelatedRecord {
  kind: string;
  id: string;
  file: string;
  format: string;
  meta: unknown;
  value: unknown;
}

/**
 * One policy over a run's subjects given in parts (the files streamed in batches, then the rest;
 * docs/streaming.md), with the findings and count one call over them all gives. A policy without
 * `related` judges each part as it comes. One with `related` judges a target against every related
 * subject of the run, so it keeps the related subjects and the targets its `where` selected until
 * the last part. Findings keep the order of one call (related selection, target selection,
 * assertions) within each file, which is all `distinct` and the report depend on.
 */
export class PolicyStream {
  readonly #compiled: CompiledPolicy;
  readonly #base: { params: unknown; now: unknown };
  /** Whether any part had a subject of the target's kind and formats; without one the policy has nothing to say. */
  #candidates = false;
  readonly #relatedFindings: Finding[] = [];
  readonly #related: RelatedRecord[] = [];
  readonly #targets: Subject[] = [];
  readonly #findings: Finding[] = [];
  #count = 0;

  constructor(compiled: CompiledPolicy, params: Readonly<Record<string, unknown>>, now: unknown) {
    this.#compiled = compiled;
    this.#base = { params, now };
  }

  /** One part of the run's subjects, by kind. */
  add(subjects: ReadonlyMap<string, readonly Subject[]>): void {
    const compiled = this.#compiled;
    const context = { subjects };
    // Read from the policy as written: a deferred policy compiles only when it has a subject.
    const { target, related } = compiled.policy;
    const candidates = anyCandidate(target, context);
    if (candidates) this.#candidates = true;
    if (related === undefined) {
      if (!candidates) return;
      const selected = selectSubjects(compiled, compiled.target, context, this.#base, this.#findings);
      for (const subject of selected) {
        const bindings = bindingsFor(subject, this.#base);
        for (const assertion of compiled.assertions) this.#findings.push(...checkAssertion(compiled, assertion, subject, bindings));
      }
      this.#count += selected.length;
      return;
    }
    if (anyCandidate(related, context) && compiled.related) {
      for (const s of selectSubjects(compiled, compiled.related, context, this.#base, this.#relatedFindings)) {
        this.#related.push({ kind: s.kind, id: s.id, file: s.file, format: s.format, meta: s.meta ?? {}, value: s.value });
      }
    }
    if (candidates) for (const subject of selectSubjects(compiled, compiled.target, context, this.#base, this.#findings)) this.#targets.push(subject);
  }

  /** The policy's findings and the number of subjects it judged, once every part is in. */
  finish(): PolicyOutcome {
    // Nothing of the target's kind and formats in the whole run: related selection said nothing either.
    if (!this.#candidates) return { findings: [], subjects: 0 };
    if (this.#compiled.policy.related === undefined) return { findings: this.#findings, subjects: this.#count };
    const findings = [...this.#relatedFindings, ...this.#findings];
    for (const subject of this.#targets) {
      const bindings = bindingsFor(subject, this.#base, this.#related);
      for (const assertion of this.#compiled.assertions) findings.push(...checkAssertion(this.#compiled, assertion, subject, bindings));
    }
    return { findings, subjects: this.#targets.length };
  }
}

/** Whether some subject has the target's kind and one of its formats (read from the policy as written). */
function anyCandidate(target: Target, context: Pick<EvaluationContext, "subjects">): boolean {
  const candidates = context.subjects.get(target.kind) ?? [];
  const formats = target.formats;
  return formats === undefined ? candidates.length > 0 : candidates.some((subject) => formats.includes(subject.format));
}

function bindingsFor(subject: Subject, base: { params: unknown; now: unknown }, related: unknown[] = []): Bindings {
  return {
    params: base.params,
    now: base.now,
    subject: subject.value,
    item: null,
    document: subject.document ? subject.document.value : null,
    file: { path: subject.file, format: subject.format },
    related,
    meta: subject.meta ?? {},
  };
}

/** Subjects of the target's kind that pass its formats, paths and `where`, expanded by `select`. */
function selectSubjects(
  compiled: CompiledPolicy,
  target: CompiledTarget,
  context: Pick<EvaluationContext, "subjects">,
  base: { params: unknown; now: unknown },
  findings: Finding[],
): Subject[] {
  const { formats, paths } = target.source;
  const inPaths = paths ? globMatcher(paths) : undefined;
  const out: Subject[] = [];
  const all = context.subjects.get(target.source.kind) ?? [];
  // Subjects a literal guard refutes (`meta.type == 'aws_s3_bucket'` of another type) are never visited.
  for (const subject of target.where ? unrefuted(target.where, all) : all) {
    if (formats && !formats.includes(subject.format)) continue;
    if (inPaths && !inPaths(subject.file)) continue;
    if (target.where) {
      const bindings = bindingsFor(subject, base);
      const unknown = unknownRead(target.where, bindings);
      if (unknown) {
        findings.push(unknownFinding(compiled, subject, placeUnknown(unknown, subject.path, subject.path), `target.where: ${unknownText(unknown.reason)}`));
        continue;
      }
      const verdict = decide(target.where, bindings);
      if (verdict !== true) {
        if (verdict !== false) findings.push(unknownFinding(compiled, subject, subject.path, `target.where: ${verdict}`));
        continue;
      }
    }
    if (!target.select) {
      out.push(subject);
      continue;
    }
    for (const pattern of target.select) {
      for (const match of expandPath(subject.value, pattern)) {
        out.push({ ...subject, id: `${subject.id}#${formatPath(match.path)}`, path: [...subject.path, ...match.path], value: match.value });
      }
    }
  }
  return out;
}

/** true / false, or the reason it could not be decided. */
function decide(program: CelProgram, bindings: Bindings): boolean | string {
  const result = evaluateCel(program, bindings);
  if (!result.ok) return `could not evaluate: ${result.message}`;
  if (typeof result.value !== "boolean") return `expected a boolean, got ${typeof result.value}`;
  return result.value;
}

function checkAssertion(compiled: CompiledPolicy, assertion: CompiledAssertion, subject: Subject, bindings: Bindings): Finding[] {
  if (assertion.when) {
    const unknown = unknownRead(assertion.when, bindings);
    // Whether the check applies is not known; a check that holds either way is a pass.
    if (unknown) return checkBody(compiled, assertion, subject, bindings).length === 0 ? [] : [unknownFinding(compiled, subject, placeUnknown(unknown, subject.path, subject.path), `${whereOf(assertion)}.when: ${unknownText(unknown.reason)}`)];
    const verdict = decide(assertion.when, bindings);
    if (verdict === false) return [];
    if (verdict !== true) return [unknownFinding(compiled, subject, subject.path, `${whereOf(assertion)}.when: ${verdict}`)];
  }
  return checkBody(compiled, assertion, subject, bindings);
}

/** The check itself (`cel` over each item, `schema`), its `when` aside. */
function checkBody(compiled: CompiledPolicy, assertion: CompiledAssertion, subject: Subject, bindings: Bindings): Finding[] {
  const findings: Finding[] = [];
  // A list `each` walks that is itself unknown (a block Terraform knows only after apply):
  // its items cannot be judged, and its own keys are not items.
  const blocked = assertion.each && holdsUnknown(subject.value) ? unknownOnPattern(subject.value, assertion.each) : [];
  for (const marker of blocked) findings.push(unknownFinding(compiled, subject, [...subject.path, ...marker.path], `${whereOf(assertion)}: ${unknownText(marker.reason)}`));
  const expanded = assertion.each ? expandPath(subject.value, assertion.each) : [{ path: [], value: subject.value }];
  const items = blocked.length === 0 ? expanded : expanded.filter((item) => !blocked.some((marker) => startsWith(item.path, marker.path)));
  // One set of bindings for every item, its `item` set in turn: nothing an evaluation makes
  // keeps the bindings, and this is once per item of every subject. Paths are joined only for
  // a finding.
  const itemBindings: Bindings = assertion.each ? { ...bindings, item: undefined } : bindings;
  for (const item of items) {
    if (assertion.each) itemBindings["item"] = item.value;
    if (assertion.cel) {
      const unknown = unknownRead(assertion.cel, itemBindings);
      if (unknown) {
        findings.push(unknownFinding(compiled, subject, placeUnknown(unknown, subject.path, [...subject.path, ...item.path]), `${whereOf(assertion)}: ${unknownText(unknown.reason)}`));
        continue;
      }
      const verdict = decide(assertion.cel, itemBindings);
      const guarded = verdict === false ? guardedUnknown(assertion.cel, itemBindings) : undefined;
      if (guarded) {
        findings.push(unknownFinding(compiled, subject, placeUnknown(guarded, subject.path, [...subject.path, ...item.path]), `${whereOf(assertion)}: ${unknownText(guarded.reason)}`));
      } else if (verdict !== true) {
        const target = [...subject.path, ...item.path, ...concrete(assertion.path)];
        findings.push(verdict === false ? failFinding(compiled, assertion, subject, target, itemBindings) : unknownFinding(compiled, subject, target, `${whereOf(assertion)}: ${verdict}`));
      }
    }
    if (assertion.schema && !assertion.schema(item.value)) {
      const at: DocPath = [...subject.path, ...item.path];
      for (const error of assertion.schema.errors ?? []) {
        const errorAt = errorPath(error, item.value);
        const marker = unknownOnPath(item.value, errorAt);
        if (marker) {
          findings.push(unknownFinding(compiled, subject, [...at, ...marker.path], `${whereOf(assertion)}: ${unknownText(marker.reason)}`));
          continue;
        }
        const finding = failFinding(compiled, assertion, subject, [...at, ...errorAt], itemBindings);
        finding.message = `${finding.message} (${errorMessage(error)})`;
        findings.push(finding);
      }
    }
  }
  return findings;
}

/** Where an assertion is in its policy, for unknown findings' messages (made only for a finding). */
function whereOf(assertion: CompiledAssertion): string {
  return `assert[${assertion.index}]`;
}

/** The unknown markers `pattern` meets before its last step (where it would list a marker's own keys as items). */
function unknownOnPattern(value: unknown, pattern: readonly PatternSegment[]): Array<{ path: DocPath; reason: string }> {
  const found: Array<{ path: DocPath; reason: string }> = [];
  for (let depth = 0; depth < pattern.length; depth++) {
    for (const node of expandPath(value, pattern.slice(0, depth))) {
      if (isUnknown(node.value) && !found.some((f) => startsWith(node.path, f.path))) found.push({ path: node.path, reason: unknownReason(node.value) });
    }
  }
  return found;
}

function startsWith(path: DocPath, prefix: DocPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));
}

/** An unknown marker at or above `path` in `value` (a schema error there is about the marker, not the data). */
function unknownOnPath(value: unknown, path: DocPath): { path: DocPath; reason: string } | undefined {
  let node = value;
  for (let i = 0; i <= path.length; i++) {
    if (isUnknown(node)) return { path: path.slice(0, i), reason: unknownReason(node) };
    const segment = path[i];
    if (segment === undefined || node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return undefined;
}

/**
 * Where an unknown finding points: at the marker when it sits in the subject or the item; at the
 * subject when it was reached through a join (`meta.attached`, `related`), whose reason names it.
 */
function placeUnknown(unknown: UnknownRead, subjectPath: DocPath, itemPath: DocPath): DocPath {
  if (unknown.variable === "subject") return [...subjectPath, ...unknown.path];
  if (unknown.variable === "item") return [...itemPath, ...unknown.path];
  return subjectPath;
}

function unknownText(reason: string): string {
  return `depends on a value that cannot be known statically (${reason})`;
}

/** File, range and path of a finding at `path` of the subject's document (or its normalized value). */
function placeOf(subject: Subject, path: DocPath): Pick<Finding, "file" | "range" | "path"> {
  if (subject.trace) {
    const traced = subject.trace(path);
    return { file: traced.file, range: traced.range, path: traced.path };
  }
  return { file: subject.file, ...(subject.document ? { range: subject.document.locate(path), path } : {}) };
}

function concrete(path: readonly PatternSegment[] | undefined): DocPath {
  return (path ?? []).filter((s): s is string | number => typeof s !== "object");
}

function failFinding(compiled: CompiledPolicy, assertion: CompiledAssertion, subject: Subject, path: DocPath, bindings: Bindings): Finding {
  const { policy } = compiled;
  return {
    policyId: policy.id,
    severity: policy.severity,
    status: "fail",
    message: assertion.message ? renderTemplate(assertion.message, bindings) : policy.title,
    ...placeOf(subject, path),
    subject: subject.id,
    incidents: policy.incidents.map((i) => i.id),
  };
}

function unknownFinding(compiled: CompiledPolicy, subject: Subject, path: DocPath, reason: string): Finding {
  const { policy } = compiled;
  return {
    policyId: policy.id,
    severity: policy.severity,
    status: "unknown",
    // Not "title: reason": a title ending in a word like "tokens" would read as an assignment to redact.
    message: `${policy.title} — ${reason}`,
    ...placeOf(subject, path),
    subject: subject.id,
    incidents: policy.incidents.map((i) => i.id),
  };
}
