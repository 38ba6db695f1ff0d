import { type CelEnvironment } from "../engine/cel-env.js";
import type { Document, Policy } from "../types.js";
import type { CompiledPolicy } from "./compiled-policy.js";
/**
 * Compiles every expression of a policy once, so a broken policy stops the run at load time
 * with its file, line and key, and evaluation never parses anything. Besides syntax, every field
 * an expression, path or message reads is checked against the subject kind's schema
 * (src/adapters/normalized/schemas): a misspelt field is an error here, not an `unknown` later.
 */
export declare function compilePolicy(policy: Policy, source: Document, displayPath: string, env: CelEnvironment, options?: {
    trusted?: boolean;
}): CompiledPolicy;
