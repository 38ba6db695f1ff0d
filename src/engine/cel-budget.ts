import { celFunc, CelScalar, isCelList, isCelMap } from "@bufbuild/cel";

const { BOOL, DYN } = CelScalar;

/**
 * What one evaluation (one expression on one subject) may spend. cel-go's cost model is the
 * reference: one unit per comprehension iteration, and the size of what is built. Policies may
 * be written by anyone who can open a pull request that adds one, and nested comprehensions
 * over a few thousand elements, or a string doubled thirty times, would otherwise run for
 * hours or exhaust the heap (a V8 abort, not an error).
 */
export const CEL_LIMITS = {
  /** Comprehension iterations (`all`, `exists`, `map`, `filter`…), nested ones included. */
  iterations: 1_000_000,
  /** Longest string built by `+`, `replace`, `join` or `format`. */
  stringLength: 1_000_000,
  /** Most elements or entries in a list or map built by a comprehension or `+`. */
  listSize: 100_000,
} as const;

/** Names of the guard functions the planner sees; not meant to be called by policies. */
export const STEP = "norecur.budget.step";
export const CONTINUE = "norecur.budget.continue";

let spent = 0;
let exceeded: string | undefined;

/** Starts the budget of one evaluation. */
export function resetBudget(): void {
  spent = 0;
  exceeded = undefined;
}

/** Why the current evaluation ran out of budget, if it did. */
export function budgetExceeded(): string | undefined {
  return exceeded;
}

function exceed(reason: string): never {
  exceeded ??= reason;
  throw new Error(exceeded);
}

/** Wraps a loop step or a growing call: counts one unit and checks the size of what it built. */
export const budgetStep = celFunc(STEP, [DYN], DYN, (value) => {
  if (exceeded !== undefined) throw new Error(exceeded);
  if (++spent > CEL_LIMITS.iterations) exceed(`exceeded the evaluation cost limit (${CEL_LIMITS.iterations.toLocaleString("en")} comprehension steps)`);
  if (typeof value === "string" && value.length > CEL_LIMITS.stringLength) exceed(`built a string longer than ${CEL_LIMITS.stringLength.toLocaleString("en")} characters`);
  if ((isCelList(value) || isCelMap(value)) && value.size > CEL_LIMITS.listSize) exceed(`built a list or map larger than ${CEL_LIMITS.listSize.toLocaleString("en")} elements`);
  return value;
});

/** Wraps a loop condition: once the budget is spent, loops stop instead of iterating over errors. */
export const budgetContinue = celFunc(CONTINUE, [BOOL], BOOL, (condition) => exceeded === undefined && condition);
