import type { ParamSpec } from "../types.js";
import { type Config } from "./config.js";
/** Reads `.norecur.yml` (or the given file). An explicitly named file must exist. */
export declare function loadConfig(cwd: string, requested: string | false | undefined, reportedFrom?: string): Config;
/** Stops the run when the config names a policy or param that does not exist (a typo would silently do nothing). */
export declare function checkConfigAgainstPolicies(config: Config, policies: ReadonlyMap<string, {
    params: Record<string, ParamSpec>;
}>): void;
