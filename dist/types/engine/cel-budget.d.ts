/**
 * What one evaluation (one expression on one subject) may spend. cel-go's cost model is the
 * reference: one unit per comprehension iteration, and the size of what is built. Policies may
 * be written by anyone who can open a pull request that adds one, and nested comprehensions
 * over a few thousand elements, or a string doubled thirty times, would otherwise run for
 * hours or exhaust the heap (a V8 abort, not an error).
 */
export declare const CEL_LIMITS: {
    /** Comprehension iterations (`all`, `exists`, `map`, `filter`…), nested ones included. */
    readonly iterations: 1000000;
    /** Longest string built by `+`, `replace`, `join` or `format`. */
    readonly stringLength: 1000000;
    /** Most elements or entries in a list or map built by a comprehension or `+`. */
    readonly listSize: 100000;
};
/** Names of the guard functions the planner sees; not meant to be called by policies. */
export declare const STEP = "norecur.budget.step";
export declare const CONTINUE = "norecur.budget.continue";
