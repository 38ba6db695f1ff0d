import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
/** `norecur inspect [paths...]`: what each file is read as and the subjects made of it. */
export declare function runInspect(paths: readonly string[], values: CliValues, io: Io): number;
