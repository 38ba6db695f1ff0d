import type { Io } from "./io.js";
/** A report goes to `--output FILE` when given (e.g. `norecur.sarif` for code scanning), else to stdout. */
export declare function emit(io: Io, values: {
    output?: string;
}, text: string): void;
