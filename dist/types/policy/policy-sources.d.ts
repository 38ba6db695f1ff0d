import type { Config } from "../config/config.js";
import type { PolicySource } from "./load-policies.js";
/** Where policies come from, in order: the built-in pack, the config's directories, the command line's. */
export declare function policySources(config: Config, options: {
    builtin: boolean;
    dirs: readonly string[];
    cwd: string;
}): PolicySource[];
