import { isCelError, parse, plan, type CelEnv } from "@bufbuild/cel";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import { timestampOf } from "./functions/support/timestamps.js";
export { isCelError, parse, plan, timestampOf };
export { budgetExceeded, resetBudget } from "./budget.js";
export { plainValue } from "./plain-value.js";
/**
 * The interpreter's environment: `variables` as `dyn` (plain data from the documents), `now` a
 * CEL `timestamp`, so `now - date('2024-01-01')` and comparisons with `timestamp(...)` work;
 * `daysSince` and `daysUntil` read the same clock. CEL's `strings` extension, norecur's own
 * functions (docs/functions.md), the budget's guards, and RE2 behind `matches()`.
 */
export declare function interpreterEnv(variables: readonly string[], now: Timestamp): CelEnv;
/** The names of an environment's functions (a test holds ../cel-function-names.ts to them). */
export declare function functionNames(env: CelEnv): string[];
