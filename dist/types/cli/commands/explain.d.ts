import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
/** `norecur explain ID`: the incident story, why, remediation, params. */
export declare function runExplain(args: readonly string[], values: CliValues, io: Io): number;
