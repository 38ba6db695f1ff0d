import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
/** `norecur check [paths...]`. */
export declare function runCheck(paths: readonly string[], values: CliValues, io: Io): Promise<number>;
