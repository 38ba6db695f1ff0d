import type { CelEnv, CelInput, CelResult, CelValue } from "@bufbuild/cel";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import { type ParsedCel } from "./cel-preparsed.js";
import type { Functions } from "./cel-fast-calls.js";
/**
 * The CEL environment policies are written against: their variables, the engine functions
 * (docs/functions.md), CEL's `strings` extension, and RE2 behind `matches()`.
 */
/** Variables a policy expression may read, besides `now`. All are `dyn`: plain data from the documents. */
export declare const CEL_VARIABLES: readonly ["subject", "item", "document", "file", "params", "related", "meta"];
/** Name of a data variable. */
export type CelVariable = (typeof CEL_VARIABLES)[number];
/** Values bound for one evaluation, by variable name. `now` may be omitted: it defaults to the env's clock. */
export type CelBindings = Readonly<Record<string, unknown>>;
/** Outcome of {@link compileCel}. Positions are 1-based, when known. */
export type CelCompileResult = {
    ok: true;
    program: CelProgram;
} | {
    ok: false;
    message: string;
    line?: number;
    column?: number;
};
/** Outcome of {@link evaluateCel}. */
export type CelEvaluation = {
    ok: true;
    value: CelValue;
} | {
    ok: false;
    message: string;
};
/**
 * The environment of one run: its variables, its functions and its clock. Policies compile
 * against it without the interpreter (@bufbuild/cel), which is loaded only when an evaluation
 * needs it (cel-interpreter.ts): the names of its functions are known beforehand
 * (cel-function-names.ts), expressions the build parsed are decoded, and the fast path decides
 * most of them.
 */
export declare class CelEnvironment implements Functions {
    #private;
    /** @internal Use {@link createCelEnv}. */
    constructor(now: Date);
    /** What `now` is bound to until the interpreter reads it (the fast path leaves any expression reading it to the interpreter). */
    readonly nowBinding: NowBinding;
    /** The run's clock as CEL's `timestamp` (loads the interpreter). */
    timestamp(): Timestamp;
    /** The interpreter's environment, made on first use (loads the interpreter). */
    interpreter(): CelEnv;
    hasVariable(name: string): boolean;
    has(name: string): boolean;
    /** Calls a function as the interpreter would: without it when the function is one cel-native-calls.ts computes for these values. */
    call(name: string, target: unknown, args: unknown[]): unknown;
    isError(value: unknown): boolean;
}
/** `now` in a run's bindings, read by the interpreter as its environment's clock. */
export declare class NowBinding {
    readonly env: CelEnvironment;
    constructor(env: CelEnvironment);
}
/**
 * Creates the environment for one run. `now` is declared as a CEL `timestamp` (not `dyn`), so
 * `now - date('2024-01-01')` and comparisons with `timestamp(...)` just work; `daysSince` and
 * `daysUntil` read the same clock, so a run (and a test) is deterministic.
 * @throws Error when `options.now` is an invalid date.
 */
export declare function createCelEnv(options: {
    now: Date;
}): CelEnvironment;
type Run = (bindings: Record<string, CelInput>) => CelResult;
/** A compiled expression, reusable over any number of subjects. Create it with {@link compileCel}. */
export declare class CelProgram {
    #private;
    /** The expression as written. */
    readonly source: string;
    /** The declared variables it reads (e.g. `subject`, `params`), so a caller can skip computing the others. */
    readonly variables: readonly string[];
    /** The parsed expression, for the checks that read its syntax tree (field references, read paths). */
    readonly syntax?: ParsedCel | undefined;
    /** @internal Use {@link compileCel}. */
    constructor(
    /** The expression as written. */
    source: string, 
    /** The declared variables it reads (e.g. `subject`, `params`), so a caller can skip computing the others. */
    variables: readonly string[], 
    /** The interpreter's program, planned when first needed (the fast path decides most evaluations). */
    plan: () => Run, 
    /** Its environment: the functions the fast path calls as the interpreter would, and the clock. */
    env: CelEnvironment | undefined, 
    /** The parsed expression, for the checks that read its syntax tree (field references, read paths). */
    syntax?: ParsedCel | undefined, junction?: () => Junction | undefined);
    /**
     * When the expression is `a && b && …` or `a || b || …` at its top, its operands as programs
     * of their own (planned on first use). CEL's `&&` and `||` are commutative even for errors: one
     * false operand makes the conjunction false, one true operand the disjunction true, whatever the
     * others give. The engine uses that to decide a check whose other operands read an unknown value.
     */
    junction(): Junction | undefined;
    /** See {@link evaluateCel}. Plain filters are decided in JavaScript where that is sure to agree (cel-fast.ts). */
    evaluate(bindings: CelBindings): CelEvaluation;
    /** The CEL interpreter alone, without the fast path (the tests compare the two). */
    interpret(bindings: CelBindings): CelEvaluation;
}
/**
 * Parses and plans an expression once. Syntax errors, unknown functions and unknown variables
 * are reported here, at policy load time, rather than as an `unknown` finding on every subject.
 * An expression written again, in the same policy or another (`has(subject.resolved)`, a message
 * hole), is compiled once per environment: a run over the benchmark's mixed repository compiled
 * 468 expressions of 295 texts. A program keeps nothing of the policy that compiled it. Never
 * throws.
 */
export declare function compileCel(env: CelEnvironment, source: string): CelCompileResult;
/**
 * Evaluates a compiled expression against one set of bindings. Never throws: CEL errors
 * (a missing field, a bad argument) and anything a function throws come back as
 * `{ ok: false, message }`.
 */
export declare function evaluateCel(program: CelProgram, bindings: CelBindings): CelEvaluation;
/** The operands of a top-level `&&` or `||`, flattened (`a && (b && c)` has three). */
export interface Junction {
    op: "&&" | "||";
    operands: CelProgram[];
}
export {};
