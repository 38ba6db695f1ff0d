import { createRequire } from "node:module";
import { join } from "node:path";
import { packageRoot } from "../package-root.js";
import { unbundledInterpreter } from "./interpreter/unbundled.js";

/** The CEL interpreter and what speaks its values (interpreter/index.ts). */
export type CelInterpreter = typeof import("./interpreter/index.js");

let loaded: CelInterpreter | undefined;

/**
 * The CEL interpreter, loaded on first call: from its own CommonJS bundle (dist/vendor/cel.cjs),
 * synchronously, in the bundles; by a plain import from the sources. A run needs it when an
 * expression is not one the fast path decides, when a policy was not parsed at build time (a
 * policy of the repository's own), or when the fast path calls one of CEL's functions.
 */
export function celInterpreter(): CelInterpreter {
  if (loaded === undefined) loaded = unbundledInterpreter ?? loadBundled();
  return loaded;
}

/**
 * dist/vendor/cel.cjs, synchronously.
 * @throws Error saying which file could not be loaded, without Node's require stack (a broken install).
 */
function loadBundled(): CelInterpreter {
  const file = join(packageRoot(), "dist", "vendor", "cel.cjs");
  try {
    return createRequire(import.meta.url)(file) as CelInterpreter;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message.split("\n")[0] : String(error));
    throw new Error(`the CEL interpreter could not be loaded from ${file} (${reason}): reinstall norecur`);
  }
}
