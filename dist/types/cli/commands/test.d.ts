import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
/** `norecur test [dirs...]`: every policy's fixtures, with a readable diff on mismatch. */
export declare function runTest(dirs: readonly string[], _values: CliValues, io: Io): Promise<number>;
