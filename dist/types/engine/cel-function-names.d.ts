/**
 * The name of every function the interpreter's environment (interpreter/index.ts) knows: CEL's
 * standard functions and operators, its `strings` extension, `matches()` with RE2, norecur's
 * own functions (docs/functions.md) and the budget's guards. A policy is checked against these
 * names when it compiles (an unknown function is an error then, not on every subject), and the
 * fast path calls a function only when it is one of them. Written out, so that neither needs the
 * interpreter loaded; a test holds the list to the environment's own.
 */
export declare const CEL_FUNCTION_NAMES: ReadonlySet<string>;
