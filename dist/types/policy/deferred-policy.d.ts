import type { CompiledPolicy } from "./compiled-policy.js";
import type { Policy } from "../types.js";
/**
 * A built-in policy compiled the first time a run evaluates it over a subject. A run over five
 * staged files reads few subject kinds, and compiling every CEL program and message of the
 * pack took half of such a run. Built-in policies are compiled in full by `norecur test` and
 * the test suite, so deferring cannot hide a broken one; policies of the user's own
 * directories are always compiled at load, so their mistakes stop the run before it starts.
 */
export declare function deferredPolicy(policy: Policy, compile: () => CompiledPolicy): CompiledPolicy;
