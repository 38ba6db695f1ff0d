import type { ValidateFunction } from "ajv";
import type { CelProgram } from "../engine/cel-env.js";
import type { PatternSegment } from "../engine/path.js";
import type { DeferredTemplate, Template } from "../engine/template.js";
import type { Policy, Target } from "../types.js";

/** A target with its filter compiled and its select paths parsed. */
export interface CompiledTarget {
  /** The target as written. */
  source: Target;
  /** Compiled `where`. */
  where?: CelProgram;
  /** Parsed `select` paths. */
  select?: PatternSegment[][];
}

/** An assertion ready to run over many subjects. */
export interface CompiledAssertion {
  /** Position of the assertion in the policy's `assert` list. */
  index: number;
  /** Compiled `cel`. */
  cel?: CelProgram;
  /** Compiled `schema`. */
  schema?: ValidateFunction;
  /** Compiled `when`. */
  when?: CelProgram;
  /** Parsed `each`. */
  each?: PatternSegment[];
  /** Parsed `path` (concrete: no wildcards). */
  path?: PatternSegment[];
  /** Compiled `message`, or compiled when first rendered (the pack's own policies). */
  message?: Template | DeferredTemplate;
}

/** A policy with every expression compiled: nothing about it can fail at evaluation time but the data. */
export interface CompiledPolicy {
  /** The validated policy. */
  policy: Policy;
  /** Its compiled target. */
  target: CompiledTarget;
  /** Its compiled related-subjects target. */
  related?: CompiledTarget | undefined;
  /** Its compiled assertions. */
  assertions: CompiledAssertion[];
}
