/** Starts the budget of one evaluation. */
export declare function resetBudget(): void;
/** Why the current evaluation ran out of budget, if it did. */
export declare function budgetExceeded(): string | undefined;
/** Wraps a loop step or a growing call: counts one unit and checks the size of what it built. */
export declare const budgetStep: import("@bufbuild/cel").CelFunc;
/** Wraps a loop condition: once the budget is spent, loops stop instead of iterating over errors. */
export declare const budgetContinue: import("@bufbuild/cel").CelFunc;
