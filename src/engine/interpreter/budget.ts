import { celFunc, CelScalar, isCelList, isCelMap } from "@bufbuild/cel";
import { CEL_LIMITS, CONTINUE, STEP } from "../cel-budget.js";

const { BOOL, DYN } = CelScalar;

/** The interpreter's side of the budget (../cel-budget.ts): what one evaluation has spent, and the guard functions. */

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
