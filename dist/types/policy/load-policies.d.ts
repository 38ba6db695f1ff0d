import type { HiddenPaths } from "../discover/hidden-paths.js";
import type { CelEnvironment } from "../engine/cel-env.js";
import type { CompiledPolicy } from "./compiled-policy.js";
/** A directory to read policies from. */
export interface PolicySource {
    /** Absolute directory. */
    dir: string;
    /** Whether it is the built-in pack. */
    builtin: boolean;
}
/** Policy files under a directory, sorted, skipping dot-folders and node_modules. */
export declare function findPolicyFiles(dir: string, hidden?: HiddenPaths): string[];
/** How policies are loaded. */
export interface LoadOptions {
    /**
     * Compile built-in policies when first evaluated, and take their files as valid (the test
     * suite validates and compiles every one; see deferred-policy.ts): a run's choice, not a test's.
     */
    deferBuiltin?: boolean;
    /** Paths treated as absent (Settings.hidden): not read as policies. */
    hidden?: HiddenPaths;
}
/**
 * Loads, validates and compiles every policy of the given directories. Any broken policy
 * stops the run with its file, line and key; two policies with one id are an error too.
 */
export declare function loadPolicies(sources: readonly PolicySource[], env: CelEnvironment, cwd: string, options?: LoadOptions): CompiledPolicy[];
