import { celEnv, CelScalar, isCelError, parse, plan, type CelEnv } from "@bufbuild/cel";
import { strings } from "@bufbuild/cel/ext";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import { TIMESTAMP } from "./functions/dates.js";
import { engineFunctions } from "./functions/index.js";
import { re2Engine } from "../functions/regex.js";
import { timestampOf } from "./functions/support/timestamps.js";
import { budgetContinue, budgetStep } from "./budget.js";

/*
 * The CEL interpreter (@bufbuild/cel, on @bufbuild/protobuf) and everything that speaks its
 * values: norecur's functions, the budget's guards, timestamps. Loaded the first time a run
 * needs it (../cel-interpreter.ts), from a bundle of its own (dist/vendor/cel.cjs): most runs
 * never do, as the fast path (../cel-fast.ts) decides the built-in policies' expressions, and
 * loading it took 60 ms and 10 MiB of every run (protobuf builds CEL's descriptors at import).
 * Nothing here may be imported by the rest of norecur except through that loader, or by type.
 */

export { isCelError, parse, plan, timestampOf };
export { budgetExceeded, resetBudget } from "./budget.js";
export { plainValue } from "./plain-value.js";

/**
 * The interpreter's environment: `variables` as `dyn` (plain data from the documents), `now` a
 * CEL `timestamp`, so `now - date('2024-01-01')` and comparisons with `timestamp(...)` work;
 * `daysSince` and `daysUntil` read the same clock. CEL's `strings` extension, norecur's own
 * functions (docs/functions.md), the budget's guards, and RE2 behind `matches()`.
 */
export function interpreterEnv(variables: readonly string[], now: Timestamp): CelEnv {
  return celEnv({
    variables: { ...Object.fromEntries(variables.map((name) => [name, CelScalar.DYN])), now: TIMESTAMP },
    funcs: [...strings, ...engineFunctions(now), budgetStep, budgetContinue],
    re2: re2Engine,
  });
}

/** The names of an environment's functions (a test holds ../cel-function-names.ts to them). */
export function functionNames(env: CelEnv): string[] {
  return [...new Set([...env.funcs].map((func) => func.name))].sort();
}
