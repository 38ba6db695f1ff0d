import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
/** `norecur policies`: id, severity, title, incidents. */
export declare function runPolicies(values: CliValues, io: Io): number;
