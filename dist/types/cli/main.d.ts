import type { Io } from "./io.js";
/** Parsed command line shared by the commands. */
export type CliValues = {
    format?: string;
    "fail-on"?: string;
    config?: string;
    policies?: string[];
    "no-builtin"?: boolean;
    "allow-empty"?: boolean;
    base?: string;
    "new-only"?: boolean;
    "rules-from"?: string;
    staged?: boolean;
    org?: string;
    repo?: string[];
    output?: string;
};
/** Runs the command line and returns the exit code. Every error ends here as a message, never a stack. */
export declare function main(argv: readonly string[], io: Io, version: string): Promise<number>;
