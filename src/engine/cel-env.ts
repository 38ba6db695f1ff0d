import type { CelEnv, CelInput, CelResult, CelValue } from "@bufbuild/cel";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import { parseCel, wasPreparsed, type ParsedCel } from "./cel-preparsed.js";
import { compileFast, UNSURE } from "./cel-fast.js";
import type { Functions } from "./cel-fast-calls.js";
import { qualifiedName } from "./cel-qualified-name.js";
import { CONTINUE, STEP } from "./cel-budget.js";
import { CEL_FUNCTION_NAMES } from "./cel-function-names.js";
import { celInterpreter } from "./cel-interpreter.js";
import { NATIVE_CALLS, NOT_NATIVE } from "./cel-native-calls.js";
import { HAZARD, isPrimitive, type Primitive } from "./cel-fast-values.js";

/**
 * The CEL environment policies are written against: their variables, the engine functions
 * (docs/functions.md), CEL's `strings` extension, and RE2 behind `matches()`.
 */

/** Variables a policy expression may read, besides `now`. All are `dyn`: plain data from the documents. */
export const CEL_VARIABLES = ["subject", "item", "document", "file", "params", "related", "meta"] as const;

/** Name of a data variable. */
export type CelVariable = (typeof CEL_VARIABLES)[number];

/** Values bound for one evaluation, by variable name. `now` may be omitted: it defaults to the env's clock. */
export type CelBindings = Readonly<Record<string, unknown>>;

/** Outcome of {@link compileCel}. Positions are 1-based, when known. */
export type CelCompileResult =
  | { ok: true; program: CelProgram }
  | { ok: false; message: string; line?: number; column?: number };

/** Outcome of {@link evaluateCel}. */
export type CelEvaluation = { ok: true; value: CelValue } | { ok: false; message: string };

/** A function called without the interpreter threw: CEL's error value, for the fast path. */
const CALL_FAILED: unique symbol = Symbol("call failed");

const VARIABLE_NAMES: ReadonlySet<string> = new Set([...CEL_VARIABLES, "now"]);

/**
 * The environment of one run: its variables, its functions and its clock. Policies compile
 * against it without the interpreter (@bufbuild/cel), which is loaded only when an evaluation
 * needs it (cel-interpreter.ts): the names of its functions are known beforehand
 * (cel-function-names.ts), expressions the build parsed are decoded, and the fast path decides
 * most of them.
 */
export class CelEnvironment implements Functions {
  readonly #now: Date;
  #interpreter: CelEnv | undefined;
  #timestamp: Timestamp | undefined;

  /** @internal Use {@link createCelEnv}. */
  constructor(now: Date) {
    this.#now = now;
  }

  /** What `now` is bound to until the interpreter reads it (the fast path leaves any expression reading it to the interpreter). */
  readonly nowBinding: NowBinding = new NowBinding(this);

  /** The run's clock as CEL's `timestamp` (loads the interpreter). */
  timestamp(): Timestamp {
    return (this.#timestamp ??= celInterpreter().timestampOf(this.#now));
  }

  /** The interpreter's environment, made on first use (loads the interpreter). */
  interpreter(): CelEnv {
    return (this.#interpreter ??= celInterpreter().interpreterEnv(CEL_VARIABLES, this.timestamp()));
  }

  hasVariable(name: string): boolean {
    return VARIABLE_NAMES.has(name);
  }

  has(name: string): boolean {
    return CEL_FUNCTION_NAMES.has(name);
  }

  /** Calls a function as the interpreter would: without it when the function is one cel-native-calls.ts computes for these values. */
  call(name: string, target: unknown, args: unknown[]): unknown {
    const native = NATIVE_CALLS.get(name);
    if (native !== undefined) {
      try {
        const value = native(target, args);
        if (value !== NOT_NATIVE) return value;
      } catch {
        // The interpreter makes CEL's error value of what its function throws.
        return CALL_FAILED;
      }
    }
    // A list or map would reach the interpreter's function as CEL's own wrapper of it, not as it is here.
    if ((target !== undefined && !isPrimitive(target)) || !args.every(isPrimitive)) return HAZARD;
    let interpreter: CelEnv;
    try {
      interpreter = this.interpreter();
    } catch {
      // It could not be loaded (an install without dist/vendor/cel.cjs): the evaluation is left to
      // the interpreter's own path, which reports why as the check's message.
      return HAZARD;
    }
    return interpreter.funcs.find(name)?.call(0, target as CelValue, args as CelValue[]);
  }

  isError(value: unknown): boolean {
    return value === CALL_FAILED || (this.#interpreter !== undefined && celInterpreter().isCelError(value));
  }
}

/** `now` in a run's bindings, read by the interpreter as its environment's clock. */
export class NowBinding {
  constructor(readonly env: CelEnvironment) {}
}

/**
 * Creates the environment for one run. `now` is declared as a CEL `timestamp` (not `dyn`), so
 * `now - date('2024-01-01')` and comparisons with `timestamp(...)` just work; `daysSince` and
 * `daysUntil` read the same clock, so a run (and a test) is deterministic.
 * @throws Error when `options.now` is an invalid date.
 */
export function createCelEnv(options: { now: Date }): CelEnvironment {
  if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime())) throw new Error("createCelEnv: options.now is not a valid date");
  return new CelEnvironment(new Date(options.now.getTime()));
}

type Run = (bindings: Record<string, CelInput>) => CelResult;

/** A compiled expression, reusable over any number of subjects. Create it with {@link compileCel}. */
export class CelProgram {
  readonly #plan: () => Run;
  #run: Run | undefined;
  readonly #env: CelEnvironment | undefined;

  /** @internal Use {@link compileCel}. */
  constructor(
    /** The expression as written. */
    readonly source: string,
    /** The declared variables it reads (e.g. `subject`, `params`), so a caller can skip computing the others. */
    readonly variables: readonly string[],
    /** The interpreter's program, planned when first needed (the fast path decides most evaluations). */
    plan: () => Run,
    /** Its environment: the functions the fast path calls as the interpreter would, and the clock. */
    env: CelEnvironment | undefined,
    /** The parsed expression, for the checks that read its syntax tree (field references, read paths). */
    readonly syntax?: ParsedCel,
    junction?: () => Junction | undefined,
  ) {
    this.#plan = plan;
    this.#env = env;
    this.#junction = junction;
  }

  readonly #junction: (() => Junction | undefined) | undefined;
  #junctionCache: Junction | undefined | null = null;

  /**
   * When the expression is `a && b && …` or `a || b || …` at its top, its operands as programs
   * of their own (planned on first use). CEL's `&&` and `||` are commutative even for errors: one
   * false operand makes the conjunction false, one true operand the disjunction true, whatever the
   * others give. The engine uses that to decide a check whose other operands read an unknown value.
   */
  junction(): Junction | undefined {
    if (this.#junctionCache === null) this.#junctionCache = this.#junction?.();
    return this.#junctionCache;
  }

  /** Compiled on first use; null until then, undefined when the expression is not one it reads. */
  #fast: ReturnType<typeof compileFast> | null = null;

  /** See {@link evaluateCel}. Plain filters are decided in JavaScript where that is sure to agree (cel-fast.ts). */
  evaluate(bindings: CelBindings): CelEvaluation {
    const fast = this.#fastVerdict(bindings);
    return fast === UNSURE ? this.interpret(bindings) : { ok: true, value: fast };
  }

  #fastVerdict(bindings: CelBindings): Primitive | typeof UNSURE {
    if (this.#fast === null) this.#fast = compileFast(this.syntax?.expr, this.#env);
    if (this.#fast === undefined) return UNSURE;
    // The interpreter refuses any unbound variable, even one a decided branch never reads.
    for (const name of this.variables) if (bindings[name] === undefined) return UNSURE;
    return this.#fast(bindings);
  }

  /** The CEL interpreter alone, without the fast path (the tests compare the two). */
  interpret(bindings: CelBindings): CelEvaluation {
    try {
      const context: Record<string, CelInput> = {};
      for (const [name, value] of Object.entries(bindings)) {
        // The boundary with untyped document data: cel-es checks every value it reads and
        // reports unsupported ones as CEL errors, which land in the result below.
        if (value !== undefined) context[name] = (value instanceof NowBinding ? value.env.timestamp() : value) as CelInput;
      }
      if (context.now === undefined && this.#env !== undefined) context.now = this.#env.timestamp();
      for (const name of this.variables) {
        if (context[name] === undefined) return { ok: false, message: `variable '${name}' has no value here` };
      }
      const interpreter = celInterpreter();
      const run = (this.#run ??= this.#plan());
      interpreter.resetBudget();
      const value = run(context);
      // A spent budget wins even over a value: `true || <error>` must not pass an expression cut short.
      const exceeded = interpreter.budgetExceeded();
      if (exceeded !== undefined) return { ok: false, message: exceeded };
      return interpreter.isCelError(value) ? { ok: false, message: value.message } : { ok: true, value };
    } catch (error) {
      return { ok: false, message: describeThrown(error) };
    }
  }
}

/** Compiled expressions of each environment, by source text. */
const compiledBySource = new WeakMap<CelEnvironment, Map<string, CelCompileResult>>();

/**
 * Parses and plans an expression once. Syntax errors, unknown functions and unknown variables
 * are reported here, at policy load time, rather than as an `unknown` finding on every subject.
 * An expression written again, in the same policy or another (`has(subject.resolved)`, a message
 * hole), is compiled once per environment: a run over the benchmark's mixed repository compiled
 * 468 expressions of 295 texts. A program keeps nothing of the policy that compiled it. Never
 * throws.
 */
export function compileCel(env: CelEnvironment, source: string): CelCompileResult {
  let bySource = compiledBySource.get(env);
  if (bySource === undefined) compiledBySource.set(env, (bySource = new Map()));
  let compiled = bySource.get(source);
  if (compiled === undefined) bySource.set(source, (compiled = compileOnce(env, source)));
  return compiled;
}

function compileOnce(env: CelEnvironment, source: string): CelCompileResult {
  if (source.trim() === "") return { ok: false, message: "the expression is empty" };
  let parsed: ParsedCel;
  try {
    parsed = parseCel(source);
  } catch (error) {
    return syntaxError(error);
  }
  try {
    const references: References = { variables: new Set(), problems: [] };
    collectReferences(parsed.expr, new Set(), env, references);
    const [problem] = references.problems;
    if (problem !== undefined) {
      return failure(problem.message, positionOf(source, parsed.sourceInfo?.positions[String(problem.id)]));
    }
    if (parsed.expr !== undefined) guardExpression(parsed.expr);
    const planner = (): Run => celInterpreter().plan(env.interpreter(), parsed);
    // An expression the build parsed was planned by the build too; any other is planned now, so
    // that what the planner refuses is reported when the policy loads, as a parse error is.
    const planned = wasPreparsed(parsed) ? undefined : planner();
    const variables = [...references.variables].sort();
    const junction = (): Junction | undefined => junctionOf(env, parsed, source, variables);
    return { ok: true, program: new CelProgram(source, variables, () => planned ?? planner(), env, parsed, junction) };
  } catch (error) {
    return { ok: false, message: describeThrown(error) };
  }
}

/**
 * Evaluates a compiled expression against one set of bindings. Never throws: CEL errors
 * (a missing field, a bad argument) and anything a function throws come back as
 * `{ ok: false, message }`.
 */
export function evaluateCel(program: CelProgram, bindings: CelBindings): CelEvaluation {
  return program.evaluate(bindings);
}

// The parser and the evaluator recurse; a deeply nested expression or value overflows the stack.
function describeThrown(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return "the expression or its data is nested too deeply";
  return error instanceof Error ? error.message : String(error);
}

function syntaxError(error: unknown): CelCompileResult {
  const text = describeThrown(error);
  const located = /^<input>:(\d+):(\d+): ([\s\S]*)$/.exec(text);
  if (located === null) return { ok: false, message: text };
  return failure(located[3] ?? text, { line: Number(located[1]), column: Number(located[2]) });
}

function failure(message: string, position: { line: number; column: number } | undefined): CelCompileResult {
  if (position === undefined) return { ok: false, message };
  const where = position.line === 1 ? `column ${position.column}` : `line ${position.line}, column ${position.column}`;
  return { ok: false, message: `${message} (at ${where})`, line: position.line, column: position.column };
}

function positionOf(source: string, offset: number | undefined): { line: number; column: number } | undefined {
  if (offset === undefined) return undefined;
  const before = [...source].slice(0, offset).join("");
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

type Expr = ParsedCel["expr"];

/** The operands of a top-level `&&` or `||`, flattened (`a && (b && c)` has three). */
export interface Junction {
  op: "&&" | "||";
  operands: CelProgram[];
}

function junctionOf(env: CelEnvironment, parsed: ParsedCel, source: string, variables: readonly string[]): Junction | undefined {
  const root = parsed.expr;
  const kind = root?.exprKind;
  if (kind?.case !== "callExpr" || (kind.value.function !== "_&&_" && kind.value.function !== "_||_")) return undefined;
  const fn = kind.value.function;
  const operands: Expr[] = [];
  const flatten = (expr: Expr): void => {
    const k = expr.exprKind;
    if (k.case === "callExpr" && k.value.function === fn) for (const arg of k.value.args) flatten(arg);
    else operands.push(expr);
  };
  flatten(root as Expr);
  return {
    op: fn === "_&&_" ? "&&" : "||",
    operands: operands.map((expr) => {
      const sub = { ...parsed, expr } as ParsedCel;
      // Each operand reads at most the whole expression's variables; its own read paths come
      // from its syntax, and it may be a junction of the other kind (`a || (b && c)`).
      return new CelProgram(source, variables, () => celInterpreter().plan(env.interpreter(), sub), env, sub, () => junctionOf(env, sub, source, variables));
    }),
  };
}

interface References {
  variables: Set<string>;
  problems: Array<{ id: bigint; message: string }>;
}

// Type names are identifiers too (`type(x) == int`), and `google` starts the qualified
// well-known type names (`google.protobuf.Timestamp`).
const TYPE_IDENTIFIERS = new Set(["bool", "bytes", "double", "dyn", "int", "list", "map", "null_type", "string", "type", "uint", "google"]);

// Calls the planner handles itself instead of looking them up among the functions.
const BUILT_IN_CALLS = new Set(["_[_]", "_[?_]", "_?._", "_?_:_", "_&&_", "_||_", "@not_strictly_false", "__not_strictly_false__"]);

function collectReferences(expr: Expr | undefined, scope: ReadonlySet<string>, env: CelEnvironment, out: References): void {
  if (expr === undefined) return;
  const kind = expr.exprKind;
  switch (kind.case) {
    case "identExpr": {
      const { name } = kind.value;
      if (scope.has(name)) return;
      if (env.hasVariable(name)) out.variables.add(name);
      else if (!TYPE_IDENTIFIERS.has(name)) out.problems.push({ id: expr.id, message: `unknown variable '${name}'` });
      return;
    }
    case "selectExpr":
      collectReferences(kind.value.operand, scope, env, out);
      return;
    case "callExpr": {
      const call = kind.value;
      const qualified = call.target === undefined ? undefined : qualifiedName(call.target);
      // `strings.quote(x)` names a namespaced function, not a method on a variable `strings`.
      if (qualified !== undefined && env.has(`${qualified}.${call.function}`)) {
        for (const arg of call.args) collectReferences(arg, scope, env, out);
        return;
      }
      if (!BUILT_IN_CALLS.has(call.function) && !env.has(call.function)) {
        out.problems.push({ id: expr.id, message: `unknown function '${call.function}'` });
      }
      collectReferences(call.target, scope, env, out);
      for (const arg of call.args) collectReferences(arg, scope, env, out);
      return;
    }
    case "listExpr":
      for (const element of kind.value.elements) collectReferences(element, scope, env, out);
      return;
    case "structExpr":
      for (const entry of kind.value.entries) {
        if (entry.keyKind.case === "mapKey") collectReferences(entry.keyKind.value, scope, env, out);
        collectReferences(entry.value, scope, env, out);
      }
      return;
    case "comprehensionExpr": {
      const c = kind.value;
      collectReferences(c.iterRange, scope, env, out);
      collectReferences(c.accuInit, scope, env, out);
      const loop = new Set([...scope, c.iterVar, c.iterVar2, c.accuVar].filter((name) => name !== ""));
      collectReferences(c.loopCondition, loop, env, out);
      collectReferences(c.loopStep, loop, env, out);
      collectReferences(c.result, new Set([...scope, c.accuVar]), env, out);
      return;
    }
    default:
      return;
  }
}

/** Calls whose result can be much larger than their arguments. */
const GROWING_CALLS = new Set(["_+_", "replace", "join", "format", "split"]);

/**
 * Rewrites a parsed expression so that evaluation is metered (src/engine/cel-budget.ts): every
 * comprehension step and result, and every call that can grow a value, passes through the
 * budget, and loop conditions stop once it is spent. Runs after the reference check, so the
 * guards never show in messages about the policy's own expression.
 */
function guardExpression(root: Expr): void {
  let next = maxId(root) + 1n;
  const wrap = (inner: Expr, fn: string): Expr =>
    ({ id: next++, exprKind: { case: "callExpr", value: { function: fn, args: [inner], target: undefined } } }) as unknown as Expr;
  const stack: Expr[] = [root];
  while (stack.length > 0) {
    const expr = stack.pop();
    if (expr === undefined) continue;
    stack.push(...childrenOf(expr));
    const kind = expr.exprKind;
    if (kind.case === "callExpr" && GROWING_CALLS.has(kind.value.function)) {
      // The node becomes the guard, and the original call moves inside it.
      const original = { ...expr, exprKind: { case: "callExpr", value: kind.value } } as Expr;
      (expr as { exprKind: unknown }).exprKind = wrap(original, STEP).exprKind;
    } else if (kind.case === "comprehensionExpr") {
      const c = kind.value;
      if (c.loopCondition) c.loopCondition = wrap(c.loopCondition, CONTINUE);
      if (c.loopStep) c.loopStep = wrap(c.loopStep, STEP);
      if (c.result) c.result = wrap(c.result, STEP);
    }
  }
}

/** The expressions directly below one: operands, arguments, elements, entries' keys and values, a comprehension's parts. */
function childrenOf(expr: Expr): Expr[] {
  const kind = expr.exprKind;
  switch (kind.case) {
    case "selectExpr":
      return kind.value.operand ? [kind.value.operand] : [];
    case "callExpr":
      return kind.value.target ? [kind.value.target, ...kind.value.args] : [...kind.value.args];
    case "listExpr":
      return [...kind.value.elements];
    case "structExpr":
      return kind.value.entries.flatMap((entry) => [...(entry.keyKind.case === "mapKey" ? [entry.keyKind.value] : []), ...(entry.value ? [entry.value] : [])]);
    case "comprehensionExpr": {
      const c = kind.value;
      return [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result].filter((part): part is Expr => part !== undefined);
    }
    default:
      return [];
  }
}

/** The largest node id in the tree: of its expressions, and of the entries of its map and message literals. */
function maxId(root: Expr): bigint {
  let max = 0n;
  const stack: Expr[] = [root];
  while (stack.length > 0) {
    const expr = stack.pop();
    if (expr === undefined) continue;
    if (expr.id > max) max = expr.id;
    if (expr.exprKind.case === "structExpr") for (const entry of expr.exprKind.value.entries) if (entry.id > max) max = entry.id;
    stack.push(...childrenOf(expr));
  }
  return max;
}
