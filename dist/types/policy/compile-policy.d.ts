import { type CelEnvironment } from "../engine/cel-env.js";
import type { Document, Policy } from "../types.js";
import type { CompiledPolicy } from "./compiled-policy.js";
/**
 * Compiles every expression of a policy once, so a broken policy stops the run at load time
 * with its file, line and key, and evaluation never parses anything. Besides syntax, every field
 * an expression, path or message reads is checked against the subject kind's schema
 * (src/adapters/normalized/schemas): a misspelt field is an error here, not an `unknown` later.
 */
export declare function compilePolicy(policy: Policy, source: Document, displayPath: string, env: CelEnvironment, options?: CompileOptions): CompiledPolicy;
/** How far to trust a policy's text. */
export interface CompileOptions {
    /** A built-in policy: its param defaults are constants the test suite checks. */
    trusted?: boolean;
    /**
     * A policy of the pack the build wrote (dist/builtin-policies.json) whose text matches the
     * file's: the build compiled it with every check, so the fields its expressions, paths and
     * schemas read are not checked again. An edited built-in file is not one.
     */
    builtByPack?: boolean;
}
