/** The CEL interpreter and what speaks its values (interpreter/index.ts). */
export type CelInterpreter = typeof import("./interpreter/index.js");
/**
 * The CEL interpreter, loaded on first call: from its own CommonJS bundle (dist/vendor/cel.cjs),
 * synchronously, in the bundles; by a plain import from the sources. A run needs it when an
 * expression is not one the fast path decides, when a policy was not parsed at build time (a
 * policy of the repository's own), or when the fast path calls one of CEL's functions.
 */
export declare function celInterpreter(): CelInterpreter;
